import { describe, expect, it } from 'vitest';
import { parseTweetEmbed } from '../../../src/model/tweet/embed.js';
import type { Tweet } from '../../../src/model/tweet/types.js';
import { describeShared, readFixture, readShared } from '../../shared.js';

interface GuardianElement {
  _type: string;
  id?: string;
  url?: string;
  html?: string;
}

interface StoredEmbed {
  id: string;
  handle: string;
  lang: string;
  note: string;
  html: string;
}

const ownEmbeds = JSON.parse(readFixture('embeds.json')) as StoredEmbed[];
const ownHostile = JSON.parse(readFixture('html/hostile.json')) as { title: string; payload: string }[];

function parsed(html: string): Tweet {
  const result = parseTweetEmbed(html);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function bodyText(tweet: Tweet): string {
  return tweet.body.map((segment) => segment.text).join('');
}

function embed(
  body: string,
  signature = '&mdash; Harbour Desk (@harbourwx) <a href="https://twitter.com/harbourwx/status/1763504450565046316?ref_src=twsrc%5Etfw">March 1, 2024</a>',
): string {
  return `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${body}</p>${signature}</blockquote>`;
}

describe('parseTweetEmbed on the project’s stored embeds', () => {
  it.each(ownEmbeds.map((embed) => [embed.note, embed] as const))('parses %s', (_note, stored) => {
    const tweet = parsed(stored.html);
    expect(tweet).toMatchObject({
      id: stored.id,
      lang: stored.lang,
      url: `https://x.com/${stored.handle}/status/${stored.id}`,
    });
    expect(tweet.author.handle).toBe(stored.handle);
    // The date comes from the id, whatever language the link text is in.
    expect(tweet.createdAt?.slice(0, 7)).toMatch(/^2024-0[56]$/);
    expect(bodyText(tweet)).not.toMatch(/&(amp|gt|lt|quot|#39);|[–—]\s.*\(@/);
    for (const segment of tweet.body) if (segment.type !== 'text') expect(segment.href).toMatch(/^https:\/\//);
  });

  it('reads escapes and line breaks, a right-to-left tweet and a reply’s mention', () => {
    const [, escaped, , , persian, reply] = ownEmbeds.map((embed) => parsed(embed.html));
    expect(bodyText(escaped as Tweet)).toMatch(/^Low tide at 14:12 & the causeway opens\.\n\nBring boots > sandals\./);
    expect(persian?.dir).toBe('rtl');
    expect(reply?.body[0]).toEqual({ type: 'mention', text: '@rowanpike', href: 'https://x.com/rowanpike' });
  });
});

describeShared('parseTweetEmbed on the Guardian’s stored embeds', () => {
  const elements = JSON.parse(readShared('fixtures/guardian/elements.json')) as GuardianElement[];
  const tweetElements = elements.filter((element) => element._type.endsWith('TweetBlockElement'));

  it('has 19 tweet elements', () => {
    expect(tweetElements).toHaveLength(19);
  });

  it.each(tweetElements.map((element) => [element.url ?? '', element] as const))('parses %s', (_url, element) => {
    const result = parseTweetEmbed(element.html ?? '');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const handle = new URL(element.url ?? '').pathname.split('/')[1];
    expect(result.value.id).toBe(element.id);
    expect(result.value.author.handle).toBe(handle);
    expect(result.value.url).toBe(`https://x.com/${handle}/status/${element.id}`);
    expect(result.value.createdAt?.slice(0, 4)).toMatch(/^20(21|23)$/);
    expect(result.value.lang).toBe('en');
    expect(bodyText(result.value)).not.toMatch(/&(amp|gt|lt|quot|#39);|—\s.*\(@/);
    for (const segment of result.value.body) if (segment.type !== 'text') expect(segment.href).toMatch(/^https?:/);
  });

  it('reads the NASA embed into exact segments', () => {
    const nasa = tweetElements[0];
    const tweet = parsed(nasa?.html ?? '');
    expect(tweet.author).toEqual({
      name: "NASA's Perseverance Mars Rover",
      handle: 'NASAPersevere',
      url: 'https://x.com/NASAPersevere',
    });
    expect(tweet.createdAt).toBe('2021-02-19T18:29:52.020Z');
    expect(tweet.body).toEqual([
      {
        type: 'text',
        text: 'I love rocks. Look at these right next to my wheel. Are they volcanic or sedimentary? What story do they tell? Can’t wait to find out.',
      },
      { type: 'hashtag', text: '#CountdownToMars', href: 'https://x.com/hashtag/CountdownToMars' },
      { type: 'url', text: 'https://t.co/7w3rbvbyoL', href: 'https://t.co/7w3rbvbyoL' },
      { type: 'text', text: ' ' },
      { type: 'media', text: 'pic.twitter.com/H3q1M0YJAd', href: 'https://t.co/H3q1M0YJAd' },
    ]);
  });

  it('turns <br> into line breaks and decodes entities', () => {
    const yougov = tweetElements.find((element) => element.id === '1734869705926569997');
    const text = bodyText(parsed(yougov?.html ?? ''));
    expect(text).toContain('Keir Starmer: -22\nJames Cleverly: -29');
    expect(text).toContain('*Politicians with >50% "don\'t know" scores*');
  });

  it('reads a profile link as a mention', () => {
    const brennan = tweetElements.find((element) => element.id === '1734895264488398849');
    expect(parsed(brennan?.html ?? '').body).toContainEqual({
      type: 'mention',
      text: '@MarkDrakeford',
      href: 'https://x.com/MarkDrakeford',
    });
  });
});

describe('parseTweetEmbed on variants', () => {
  it('takes the last signature when the text itself has a dash and (@someone)', () => {
    const tweet = parsed(
      embed('Quoting — Someone Else (@other) <a href="https://twitter.com/other/status/1">here</a> today'),
    );
    expect(tweet.author.handle).toBe('harbourwx');
    expect(bodyText(tweet)).toBe('Quoting — Someone Else (@other) here today');
  });

  it('accepts a signature WordPress wrapped in its own paragraph, on x.com with a /photo/1 tail', () => {
    const html =
      '<blockquote class="wp-embedded-content twitter-tweet" data-width="550" data-dnt="true"><p lang="en" dir="ltr">Gates closing at 6pm</p><p>&mdash; Harbour Desk (@harbourwx) <a href="https://x.com/harbourwx/status/1763504450565046316/photo/1?s=20">March 1, 2024</a></p></blockquote>';
    const tweet = parsed(html);
    expect(tweet.id).toBe('1763504450565046316');
    expect(bodyText(tweet)).toBe('Gates closing at 6pm');
  });

  it('reads ids from mobile.twitter.com links and hyphen or en dash signatures', () => {
    const mobile =
      '- Jean-Luc Picard (@picard) <a href="https://mobile.twitter.com/picard/status/1362831783444717568">Feb 19, 2021</a>';
    const tweet = parsed(embed('Engage', mobile));
    expect(tweet.author.name).toBe('Jean-Luc Picard');
    expect(tweet.id).toBe('1362831783444717568');
    const en = parsed(embed('Engage', mobile.replace('- ', '– ')));
    expect(en.author.name).toBe('Jean-Luc Picard');
  });

  it('takes the date from the id, so a localized date text does not matter', () => {
    const persian =
      '<blockquote class="twitter-tweet" data-lang="fa"><p lang="fa" dir="rtl">هشدار طوفان <a href="https://twitter.com/hashtag/%D8%A8%D9%86%D8%AF%D8%B1?src=hash">#بندر</a></p>&mdash; داوطلبان ترجمه (@tarjome_vol) <a href="https://twitter.com/tarjome_vol/status/1760026533688246305">۲۰ فوریهٔ ۲۰۲۴</a></blockquote>';
    const tweet = parsed(persian);
    expect(tweet.dir).toBe('rtl');
    expect(tweet.lang).toBe('fa');
    expect(tweet.createdAt?.slice(0, 10)).toBe('2024-02-20');
    expect(tweet.body[1]).toEqual({
      type: 'hashtag',
      text: '#بندر',
      href: 'https://x.com/hashtag/%D8%A8%D9%86%D8%AF%D8%B1',
    });
  });

  it('falls back to the link text for the date when the link is not a status', () => {
    const tweet = parsed(
      embed('Hi', '&mdash; Harbour Desk (@harbourwx) <a href="https://example.com/archive">March 1, 2024</a>'),
    );
    expect(tweet.id).toBeUndefined();
    expect(tweet.createdAt).toBe('2024-03-01T00:00:00.000Z');
  });

  it('classifies cashtag searches and marks a … + link ending as truncated', () => {
    const tweet = parsed(
      embed(
        '<a href="https://twitter.com/search?q=%24TSLA&amp;src=ctag">$TSLA</a> is up and the rest is…<a href="https://t.co/abc">pic.twitter.com/abc</a>',
      ),
    );
    expect(tweet.body[0]).toEqual({ type: 'cashtag', text: '$TSLA', href: 'https://x.com/search?q=%24TSLA' });
    expect(tweet.truncated).toBe(true);
  });

  it('keeps a profile or hashtag link that does not read as one as a plain url', () => {
    const tweet = parsed(
      embed(
        'See <a href="https://twitter.com/harbourwx">our desk</a> and <a href="https://x.com/hashtag/Storm">the storm page</a>',
      ),
    );
    expect(tweet.body.filter((s) => s.type !== 'text').map((s) => s.type)).toEqual(['url', 'url']);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['<p>Just a paragraph — Name (@handle) <a href="https://x.com/a/status/1">x</a></p>', 'not-an-embed'],
    ['<blockquote class="twitter-tweet"><p lang="en">Half a tweet that got cut', 'cut-off'],
    ['<blockquote class="twitter-tweet"></blockquote>', 'empty'],
  ])('rejects %j with %s', (html, code) => {
    const result = parseTweetEmbed(html);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).not.toBe('');
    }
  });
});

describe('parseTweetEmbed on hostile markup', () => {
  it('keeps the text of a javascript: link and drops the link', () => {
    const tweet = parsed(
      embed('Click <a href="javascript:alert(1)">here</a> and <a href=" JaVaScRiPt:alert(2)">there</a>'),
    );
    expect(tweet.body).toEqual([{ type: 'text', text: 'Click here and there' }]);
  });

  it('drops <img onerror> and the content of <script> and <style>', () => {
    const tweet = parsed(
      embed(
        'Tide <img src=x onerror="alert(1)">high<script>alert(document.cookie)</script><style>p{color:red}</style> now',
      ),
    );
    expect(tweet.body).toEqual([{ type: 'text', text: 'Tide high now' }]);
  });

  it('never treats a script inside the signature as the author', () => {
    const result = parseTweetEmbed(
      embed('Hi', '&mdash; <script>x</script>Desk (@harbourwx) <a href="javascript:alert(1)">March 1, 2024</a>'),
    );
    expect(result.ok && result.value.author.name).toBe('Desk');
    expect(result.ok && result.value.id).toBeUndefined();
  });

  // Totality on huge hostile input; how long it takes is the bench's linearity report, never a CI gate.
  it('stays total on huge hostile input', () => {
    const link = '<a href="https://x.com/a/status/1">x</a>';
    parseTweetEmbed(embed(`${' -'.repeat(45_000)} (@a) ${link}`));
    parseTweetEmbed(embed(`${'— (@a) '.repeat(12_000)}${link}`));
    parseTweetEmbed(embed(link.repeat(2_000)));
    expect(parseTweetEmbed(`<blockquote class="twitter-tweet">${'<b>'.repeat(30_000)}`)).toMatchObject({
      ok: false,
      error: { code: 'empty' },
    });
    // Nesting too deep to be real is skipped, not recursed into until the stack overflows.
    expect(parseTweetEmbed(embed(`Deep ${'<b>'.repeat(10_000)}down`)).ok).toBe(true);
    expect(parseTweetEmbed(embed('x'.repeat(100_001)))).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it.each(ownHostile.map((entry) => [entry.title, entry.payload] as const))(
    'stays safe inside an embed: %s',
    (_title, payload) => safeInsideAnEmbed(payload),
  );
});

describeShared('parseTweetEmbed on DOMPurify’s hostile payloads', () => {
  const hostile = JSON.parse(readShared('fixtures/xss/dompurify-payloads.json')) as {
    title: string;
    payload: string;
  }[];
  it.each(hostile.map((entry, index) => [index, entry.payload] as const))(
    'stays safe inside an embed: DOMPurify payload %i',
    (_title, payload) => safeInsideAnEmbed(payload),
  );
});

function safeInsideAnEmbed(payload: string): void {
  for (const html of [payload, embed(payload)]) {
    const result = parseTweetEmbed(html);
    expect(typeof result.ok).toBe('boolean');
    if (!result.ok) continue;
    for (const segment of result.value.body) {
      if (segment.type !== 'text') expect(new URL(segment.href).protocol).toMatch(/^https?:$/);
      expect(segment.text).not.toMatch(/<script/i);
    }
  }
}
