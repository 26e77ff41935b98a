// Opening Storybook stories for the audit: one browser, one context per
// setting (width, forced colours, reduced motion), a fresh page per story so
// each load is measured from its first paint.
import { chromium } from 'playwright';
import { chromiumArgs, findChromium } from '../chromium.mjs';
import { auditKit } from './in-page.mjs';

/**
 * Hands each of Storybook's "done" events (rendered, or failed) to whoever
 * waits for the next one: `window.__bsNextStory()` returns that promise.
 */
function watchStory() {
  let channel;
  let waiting;
  window.__bsNextStory = () =>
    new Promise((resolve) => {
      waiting = resolve;
    });
  window.__bsStory = window.__bsNextStory();
  const settle = (value) => {
    const resolve = waiting;
    waiting = undefined;
    resolve?.(value);
  };
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (value) => {
      channel = value;
      value.on('storyRendered', () => settle({ ok: true }));
      for (const event of ['storyErrored', 'storyThrewException', 'playFunctionThrewException']) {
        value.on(event, (error) => settle({ ok: false, event, message: String(error?.message ?? error?.title ?? '') }));
      }
    },
  });
}

export async function launch() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH or install Debian’s chromium package.');
  return chromium.launch({ executablePath, args: chromiumArgs });
}

/**
 * A context whose pages carry the audit kit and reach nothing but `origin`:
 * the stories' pictures point at X's servers, and a closed network must fail
 * the same way on every run.
 */
export async function auditContext(browser, origin, options = {}) {
  const context = await browser.newContext({ deviceScaleFactor: 1, ...options });
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort('blockedbyclient'),
  );
  await context.addInitScript(auditKit);
  await context.addInitScript(watchStory);
  return context;
}

/** After a story's play function: fonts in, two frames painted, a moment for late effects. */
async function settled(page, done) {
  return page.evaluate(async (waitFor) => {
    const timeout = new Promise((resolve) => setTimeout(() => resolve({ ok: false, event: 'timeout' }), 20_000));
    const status = await Promise.race([waitFor === 'first' ? window.__bsStory : window.__bsPending, timeout]);
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await new Promise((resolve) => setTimeout(resolve, 100));
    return status;
  }, done);
}

/**
 * One page that shows story after story. The first is a page load (automatic
 * axe off: the story tests already run axe); each later one is Storybook's own
 * story switch, which unmounts the previous story and mounts the next from
 * scratch, so its layout shifts, focus order and motion are its own. Between
 * stories the page forgets what the last one stored, focused or scrolled.
 */
export async function storyPage(context, origin) {
  const page = await context.newPage();
  let loaded = false;
  return {
    page,
    async show(id) {
      if (!loaded) {
        loaded = true;
        await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true`);
        return settled(page, 'first');
      }
      await page.evaluate((storyId) => {
        window.__bsAudit.reset();
        localStorage.clear();
        sessionStorage.clear();
        document.activeElement?.blur?.();
        window.scrollTo(0, 0);
        window.__bsPending = window.__bsNextStory();
        window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }, id);
      return settled(page, 'next');
    },
  };
}
