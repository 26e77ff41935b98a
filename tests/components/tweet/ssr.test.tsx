import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { readTweetEmbed, Tweet, TweetEmbed } from '../../../src/index.js';
import { describeShared } from '../../shared.js';
import { guardianTweetEmbeds, ownTweetEmbeds, parsed, tweetPayloads } from './fixtures.js';

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
}

/** The checks every server render must pass, whatever the tweet. */
function expectSafeStaticHtml(html: string) {
  expect(html).not.toMatch(/<script/i);
  const doc = parseHtml(html);
  for (const el of doc.body.querySelectorAll('*')) {
    for (const attr of el.attributes) expect(attr.name, `${el.tagName} ${attr.name}`).not.toMatch(/^on/i);
  }
  for (const a of doc.querySelectorAll('[href]')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
  for (const el of doc.querySelectorAll('[src], [poster]')) {
    expect(el.getAttribute('src') ?? el.getAttribute('poster')).toMatch(/^https?:\/\//);
  }
  for (const img of doc.querySelectorAll('img')) {
    expect(img.hasAttribute('alt'), img.outerHTML).toBe(true);
    expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
  }
  return doc;
}

describeShared('the peer payloads', () => {
  it('add the 50 real payloads and the 4 good hand-written ones of ../shared to the project’s 19', () => {
    expect(tweetPayloads).toHaveLength(19 + 54);
  });
});

describe('renderToString of every fixture payload', () => {
  it('covers the project’s 19 tweet payloads at least', () => {
    expect(tweetPayloads.filter((p) => p.file.startsWith('own/'))).toHaveLength(19);
  });

  it.each(tweetPayloads.map((p) => [`${p.file} ${p.id}`, p] as const))('%s', (_name, payload) => {
    const tweet = parsed(payload.raw);
    const html = renderToString(<Tweet tweet={tweet} />);
    const doc = expectSafeStaticHtml(html);
    // One article and nothing outside it (React hoists <link rel=preload> for eager images).
    expect(doc.body.children).toHaveLength(1);
    expect(doc.querySelectorAll('article')).toHaveLength(1);
    const time = doc.querySelector('.bs-tweet-footer > time');
    expect(time?.getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    expect(new Date(time?.getAttribute('datetime') ?? '').toISOString()).toBe(tweet.createdAt);
    // The body's visible text is the tweet's text (line breaks become <br>).
    const body = doc.querySelector('article > .bs-tweet-body');
    const expected = tweet.body
      .map((s) => s.text)
      .join('')
      .replace(/[\r\n]/g, '');
    expect(body?.textContent?.startsWith(expected)).toBe(true);
    for (const link of body?.querySelectorAll('a') ?? []) {
      expect(link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    }
  });

  it('privacy mode requests nothing from X for any payload', () => {
    for (const payload of tweetPayloads) {
      const doc = expectSafeStaticHtml(renderToString(<Tweet tweet={parsed(payload.raw)} media="none" />));
      expect(doc.querySelectorAll('img, video, source, [poster]')).toHaveLength(0);
    }
  });
});

describe('renderToString of stored embeds', () => {
  const embeds = [...ownTweetEmbeds(), ...guardianTweetEmbeds()];
  it('renders each stored embed (the project’s, and the Guardian’s with ../shared) as one safe article that keeps its text and status link', () => {
    expect(embeds.length).toBeGreaterThanOrEqual(6);
    for (const embed of embeds) {
      const doc = expectSafeStaticHtml(renderToString(<TweetEmbed embed={readTweetEmbed(embed.html)} />));
      expect(doc.querySelectorAll('article')).toHaveLength(1);
      const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs.some((h) => h?.includes(`/status/${embed.id}`))).toBe(true);
    }
  });
});
