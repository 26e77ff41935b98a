// Stories tagged `no-third-party` say they load nothing from another host (privacy
// mode, the consent gate before consent, the unavailable states): each is opened in a
// fresh page of the static build (empty cache) and every request off the build's own
// origin is counted.
import { expect, type Page, test } from '@playwright/test';
import { openPreview, origin, serveStorybook, storyIndex } from './storybook.js';

const tagged = storyIndex().filter((entry) => entry.type === 'story' && entry.tags?.includes('no-third-party'));

// Tall enough that no lazy image stays below the fold unrequested.
test.use({ viewport: { width: 1280, height: 4000 } });

async function requestsOf(page: Page, id: string): Promise<string[]> {
  const thirdParty = await serveStorybook(page);
  await openPreview(page, id);
  await page.waitForLoadState('networkidle');
  return thirdParty;
}

test('some stories carry the no-third-party tag', () => {
  expect(tagged.map((entry) => entry.id)).toEqual(
    expect.arrayContaining(['tweet-tweet--media-none', 'article-articlebody--consent']),
  );
});

for (const { id } of tagged) {
  test(`${id} requests nothing from third parties`, async ({ page }) => {
    expect(await requestsOf(page, id)).toEqual([]);
  });
}

// The check can fail: a tweet with a photo does ask X's image host.
test('a photo tweet does request its images (the check sees third-party requests)', async ({ page }) => {
  const hosts = (await requestsOf(page, 'tweet-tweet--one-photo')).map((url) => new URL(url).host);
  expect(hosts).toContain('pbs.twimg.com');
});

// What a publisher hosts: the Storybook UI and a docs page load nothing from elsewhere either.
test('the Storybook UI and the introduction page request nothing from third parties', async ({ page }) => {
  test.setTimeout(90_000);
  const thirdParty = await serveStorybook(page);
  await page.goto(`${origin}/index.html?path=/docs/introduction--docs`);
  await expect(page.frameLocator('#storybook-preview-iframe').locator('#storybook-docs h1').first()).toBeVisible({
    timeout: 60_000,
  });
  await page.waitForLoadState('networkidle');
  expect(thirdParty).toEqual([]);
});
