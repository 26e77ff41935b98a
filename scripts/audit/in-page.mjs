// The audit's measurements inside the page. `auditKit` is sent to the browser
// as source (page.addInitScript / page.evaluate), so it must not use anything
// from this module's scope: everything it needs is declared inside it.

/* global window, document, getComputedStyle, performance, PerformanceObserver, Node, Element */

export function auditKit() {
  if (window.__bsAudit) return;

  // Layout shifts from the first paint on (buffered). CLS leaves out shifts
  // within 500 ms of a key press or pointer press, but Chromium only knows
  // trusted input; a story's play function presses keys and clicks with
  // synthetic events, so those count as input here too. A synthetic click's
  // handler runs after its press: the click itself counts too, so a busy
  // machine's slower render after the press is not mistaken for a shift.
  const shifts = [];
  const inputs = [];
  for (const type of ['keydown', 'pointerdown', 'mousedown', 'click']) {
    window.addEventListener(type, (event) => inputs.push(event.timeStamp), true);
  }
  // Entries arrive after the fact, when later presses may have happened: look back from the shift.
  const afterInput = (time) => inputs.some((t) => t <= time && time - t <= 500);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput || afterInput(entry.startTime)) continue;
        shifts.push({
          value: entry.value,
          sources: entry.sources.map((s) => (s.node ? describe(s.node) : '?')),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // Not Chromium: measureShift reports nothing measured.
  }

  // Scripted smooth scrolling is motion too; CSS can't see it, so record the calls.
  const smooth = [];
  const wrap = (owner, name) => {
    const original = owner[name];
    if (typeof original !== 'function') return;
    owner[name] = function (...args) {
      if (args[0] && typeof args[0] === 'object' && args[0].behavior === 'smooth')
        smooth.push(`${name}({ behavior: 'smooth' })`);
      return original.apply(this, args);
    };
  };
  wrap(Element.prototype, 'scrollIntoView');
  wrap(Element.prototype, 'scrollTo');
  wrap(Element.prototype, 'scrollBy');
  wrap(window, 'scrollTo');
  wrap(window, 'scrollBy');

  const TARGETS =
    'a[href], button, input:not([type="hidden"]), select, textarea, summary, video[controls], audio[controls], [role="button"], [role="link"], [role="checkbox"], [role="tab"], [tabindex]:not([tabindex="-1"])';

  function describe(node) {
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el) return '#text';
    const cls =
      typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const text = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 30);
    return `${el.tagName.toLowerCase()}${cls}${text ? ` "${text}"` : ''}`;
  }

  const round = (r) => ({ x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.width), h: Math.round(r.height) });

  /** Out of sight: no box, `visibility: hidden`, or the 1 px screen-reader-only pattern (aria-hidden is still seen). */
  function hidden(el) {
    if (!el.isConnected || el.closest('[hidden], [inert]')) return true;
    const style = getComputedStyle(el);
    if (style.visibility !== 'visible' || style.display === 'none') return true;
    const r = el.getBoundingClientRect();
    return r.width <= 1 || r.height <= 1;
  }

  function clips(style) {
    return style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.clipPath !== 'none';
  }

  /**
   * A link inside a sentence, whose height the line of text sets (2.5.8's
   * inline exception): displayed inline, in a block that has words of its own.
   */
  function inRunningText(el) {
    if (getComputedStyle(el).display !== 'inline') return false;
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    if (!block) return false;
    const own = (el.textContent || '').length;
    const all = block.textContent || '';
    const outside = all.length - own;
    return outside > 0 && /[\p{L}\p{N}]/u.test(all.replace(el.textContent || '', ''));
  }

  /**
   * WCAG 2.5.8 for every visible target under `root`: 24×24 ('size'), inline
   * in a sentence ('inline'), or undersized but spaced so a 24 px circle on
   * each meets no other target and no other such circle ('spacing').
   */
  function targets(rootSelector) {
    const root = document.querySelector(rootSelector) || document.body;
    const found = [...root.querySelectorAll(TARGETS)].filter((el) => !el.disabled && !hidden(el));
    const boxes = found.map((el) => el.getBoundingClientRect());
    const results = found.map((el, i) => {
      const r = boxes[i];
      const base = { target: describe(el), box: round(r) };
      if (r.width >= 24 && r.height >= 24) return { ...base, pass: 'size' };
      if (inRunningText(el)) return { ...base, pass: 'inline' };
      return { ...base, pass: undefined, undersized: true };
    });
    const center = (r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
    const distToRect = (p, r) => {
      const dx = Math.max(r.left - p.x, 0, p.x - r.right);
      const dy = Math.max(r.top - p.y, 0, p.y - r.bottom);
      return Math.hypot(dx, dy);
    };
    results.forEach((res, i) => {
      if (!res.undersized) return;
      const c = center(boxes[i]);
      let clash;
      found.forEach((other, j) => {
        if (clash || j === i || other.contains(found[i]) || found[i].contains(other)) return;
        const circleMeetsTarget = distToRect(c, boxes[j]) < 12;
        const circlesMeet =
          results[j].undersized && Math.hypot(c.x - center(boxes[j]).x, c.y - center(boxes[j]).y) < 24;
        if (circleMeetsTarget || circlesMeet) clash = describe(other);
      });
      res.pass = clash ? undefined : 'spacing';
      if (clash) res.clash = clash;
      delete res.undersized;
    });
    return results;
  }

  /** 1.4.10: the document's width against the viewport's, and the outermost elements past its edges. */
  function reflow() {
    const doc = document.documentElement;
    const width = doc.clientWidth;
    const culprits = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      // Past the edge itself, or its text is (an unbreakable line runs out of its box).
      const style = getComputedStyle(el);
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && /\S/.test(n.data));
      const spills = ownText && el.scrollWidth > el.clientWidth + 1 && !clips(style) && el.clientWidth > 0;
      if (r.width === 0 || (r.right <= width + 1 && r.left >= -1 && !(spills && el.scrollWidth + r.left > width)))
        continue;
      let clipped = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (clips(getComputedStyle(a))) clipped = true;
        if (culprits.includes(a)) clipped = true;
      }
      if (!clipped) culprits.push(el);
    }
    return { scrollWidth: doc.scrollWidth, width, culprits: culprits.slice(0, 5).map(describe) };
  }

  /**
   * Text that a clipping ancestor cuts off, keyed by element position under
   * `root`, so a run before and after a change (spacing, zoom) can be compared.
   */
  function clippedText(rootSelector) {
    const root = document.querySelector(rootSelector) || document.body;
    const all = [...root.querySelectorAll('*')];
    const out = {};
    const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!/\S/.test(node.data)) continue;
      const el = node.parentElement;
      if (!el || el.closest('script, style, template, noscript') || hidden(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      let lost = 0;
      for (let a = el; a && a !== document.documentElement; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (!clips(style) || style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
        const box = a.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) {
          lost = 0; // The screen-reader-only pattern: hidden on purpose.
          break;
        }
        for (const r of rects) {
          if (r.top < box.top - 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.right > box.right + 1)
            lost++;
        }
      }
      if (lost > 0) {
        const key = all.indexOf(el);
        out[key] = { text: describe(el), lost: (out[key]?.lost ?? 0) + lost };
      }
    }
    return out;
  }

  /** 2.4.11: sample the focused element's box; any point that hits it (or inside it) shows it is not hidden. */
  function focusProbe(rootSelector) {
    const el = document.activeElement;
    if (!el || el === document.body) return undefined;
    const r = el.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    let seen = 0;
    let tried = 0;
    for (const fx of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      for (const fy of [0.1, 0.5, 0.9]) {
        const x = r.left + r.width * fx;
        const y = r.top + r.height * fy;
        if (x < 0 || y < 0 || x >= vw || y >= vh) continue;
        tried++;
        const hit = document.elementFromPoint(x, y);
        if (hit && (hit === el || el.contains(hit))) seen++;
      }
    }
    const root = document.querySelector(rootSelector);
    return {
      target: describe(el),
      box: round(r),
      inRoot: root ? root.contains(el) : true,
      seen,
      tried,
    };
  }

  /** Animations and transitions still able to run: what prefers-reduced-motion must have stopped. */
  function motion(rootSelector) {
    const root = document.querySelector(rootSelector) || document.body;
    const running = document
      .getAnimations()
      .filter((a) => a.playState === 'running' && root.contains(a.effect?.target ?? null))
      .map(
        (a) =>
          `${a.constructor.name} ${a.animationName || a.transitionProperty || ''} on ${describe(a.effect?.target)}`,
      );
    const declared = [];
    for (const el of root.querySelectorAll('*')) {
      const s = getComputedStyle(el);
      const long = (v) => v.split(',').some((d) => Number.parseFloat(d) > 0.01);
      if (s.animationName !== 'none' && long(s.animationDuration) && s.animationPlayState !== 'paused') {
        declared.push(`animation ${s.animationName} on ${describe(el)}`);
      }
      if (s.transitionProperty !== 'none' && long(s.transitionDuration)) {
        declared.push(`transition ${s.transitionProperty} on ${describe(el)}`);
      }
      if (s.scrollBehavior === 'smooth') declared.push(`scroll-behavior: smooth on ${describe(el)}`);
    }
    const media = [...root.querySelectorAll('video, audio')]
      .filter((m) => m.autoplay || !m.paused)
      .map((m) => `${m.autoplay ? 'autoplay' : 'playing'} ${describe(m)}`);
    return [...new Set([...running, ...declared, ...media, ...smooth])];
  }

  /**
   * forced-colors: each icon's box and each control's border, measured by the
   * caller in pixels; here only what the styles say: boxes that show only
   * through a background (colour or image), which forced colours paint over.
   */
  function forcedParts(rootSelector) {
    const root = document.querySelector(rootSelector) || document.body;
    const icons = [...root.querySelectorAll('svg')]
      .filter((el) => !hidden(el))
      .map((el) => ({ target: describe(el), box: round(el.getBoundingClientRect()) }));
    const controls = [
      ...root.querySelectorAll(
        'button, input:not([type="hidden"]):not([type="range"]), select, textarea, [role="button"]',
      ),
    ]
      .filter((el) => !hidden(el))
      .filter((el) => {
        const s = getComputedStyle(el);
        const sides = ['Top', 'Right', 'Bottom', 'Left'];
        return !sides.some(
          (side) => Number.parseFloat(s[`border${side}Width`]) > 0 && s[`border${side}Style`] !== 'none',
        );
      })
      .map(describe);
    return { icons, controls };
  }

  /** Boxes with no text, no image and no border that are seen only through their background. */
  function backgroundOnly(rootSelector) {
    const root = document.querySelector(rootSelector) || document.body;
    const out = [];
    for (const el of root.querySelectorAll('*')) {
      if (hidden(el) || el.matches('img, svg, svg *, video, audio, canvas, input, iframe, picture')) continue;
      const s = getComputedStyle(el);
      const painted =
        s.backgroundImage !== 'none' ||
        (s.backgroundColor !== 'rgba(0, 0, 0, 0)' && s.backgroundColor !== 'transparent');
      if (!painted) continue;
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && /\S/.test(n.data));
      if (hasText || el.children.length > 0) continue;
      const bordered = ['Top', 'Right', 'Bottom', 'Left'].some(
        (side) => Number.parseFloat(s[`border${side}Width`]) > 0 && s[`border${side}Style`] !== 'none',
      );
      if (!bordered && !(Number.parseFloat(s.outlineWidth) > 0 && s.outlineStyle !== 'none')) out.push(describe(el));
    }
    return out;
  }

  function layoutShift() {
    return { total: shifts.reduce((sum, s) => sum + s.value, 0), shifts: shifts.slice(0, 5), at: performance.now() };
  }

  /** A new story begins: forget the last one's shifts and scrolls. */
  function reset() {
    shifts.length = 0;
    smooth.length = 0;
  }

  window.__bsAudit = {
    reset,
    targets,
    reflow,
    clippedText,
    focusProbe,
    motion,
    forcedParts,
    backgroundOnly,
    layoutShift,
    describe,
  };
}
