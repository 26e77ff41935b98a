import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, parseArticleText } from '../../../src/model/article/text.js';
import type { Article, Block, Inline } from '../../../src/model/article/types.js';
import { decodeEntities } from '../../../src/model/shared/html.js';
import type { Tweet } from '../../../src/model/tweet/types.js';
import { hasShared, readFixture, readShared } from '../../shared.js';

const seed = readFixture('texts/seed.txt');
const seedLines = seed.split('\n').filter((line) => line.trim() !== '');

function parse(
  text: string,
  options?: Parameters<typeof parseArticleText>[1],
): { article: Article; warnings: string[] } {
  const result = parseArticleText(text, options);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return { article: result.value, warnings: result.warnings };
}

function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) =>
      inline.type === 'text' ? inline.text : inline.type === 'link' ? inlineText(inline.children) : '\n',
    )
    .join('');
}

const tweetText = (tweet: Tweet) => tweet.body.map((segment) => segment.text).join('');

/** A compact picture of the blocks: `p:<first words>`, `tweet:@handle`, `audio`. */
function shape(blocks: readonly Block[]): string[] {
  return blocks.map((block) => {
    if (block.type === 'paragraph') return `p:${inlineText(block.children).slice(0, 24)}`;
    if (block.type === 'tweet') return `tweet:@${block.tweet.author.handle}`;
    return block.type;
  });
}

function tweetAt(blocks: readonly Block[], index: number): Tweet {
  const block = blocks[index];
  if (block?.type !== 'tweet') throw new Error(`block ${index} is ${block?.type}, not a tweet`);
  return block.tweet;
}

describe('parseArticleText on the seed article', () => {
  const { article, warnings } = parse(seed, { audio: 'https://cdn.example/story.mp3' });

  it('is exactly: audio, 3 paragraphs, tweet, 3 paragraphs, tweet, 4 paragraphs', () => {
    expect(article.blocks.map((block) => block.type)).toEqual([
      'audio',
      'paragraph',
      'paragraph',
      'paragraph',
      'tweet',
      'paragraph',
      'paragraph',
      'paragraph',
      'tweet',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(warnings).toEqual([]);
  });

  it('makes the "Listen To Story Above" line the audio block, with the app’s src', () => {
    expect(article.blocks[0]).toEqual({ type: 'audio', src: 'https://cdn.example/story.mp3' });
  });

  it('keeps every article paragraph word for word, in order', () => {
    const paragraphs = article.blocks.flatMap((block) =>
      block.type === 'paragraph' ? [inlineText(block.children)] : [],
    );
    expect(paragraphs).toEqual([2, 3, 4, 8, 9, 10, 14, 15, 16, 17].map((line) => seed.split('\n')[line]));
  });

  it('reads the first tweet: Sean ®️ (@tint1281481), 7 Feb 2025, its two lines, cut short, with its media link', () => {
    const tweet = tweetAt(article.blocks, 4);
    expect(tweet.author).toEqual({ name: 'Sean ®️', handle: 'tint1281481', url: 'https://x.com/tint1281481' });
    expect(tweet.createdAt?.slice(0, 10)).toBe('2025-02-07');
    expect(tweet.truncated).toBe(true);
    expect(tweet.source).toBe('text');
    const lines = tweetText(tweet).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Not sure why people think threatening Trump is a smart move 👇🏻');
    expect(lines[1]).toMatch(
      /^Iran's Supreme Leader, Ayatollah Ali Khamenei, has declared .* based on past… pic\.twitter\.com\/7NDbgdyU1u$/,
    );
    expect(tweet.body.at(-1)).toEqual({
      type: 'media',
      text: 'pic.twitter.com/7NDbgdyU1u',
      href: 'https://pic.twitter.com/7NDbgdyU1u',
    });
  });

  it('reads the second tweet: Madam Bè (@0xm0m0), 7 Feb 2025, its two lines, cut short, with its media link', () => {
    const tweet = tweetAt(article.blocks, 8);
    expect(tweet.author).toEqual({ name: 'Madam Bè', handle: '0xm0m0', url: 'https://x.com/0xm0m0' });
    expect(tweet.createdAt?.slice(0, 10)).toBe('2025-02-07');
    expect(tweet.truncated).toBe(true);
    const lines = tweetText(tweet).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      '🚨 BREAKING NEWS🚨 Iran\'s Supreme Leader rejects Trump\'s nuclear deal offer, calling it "not smart." 🚨',
    );
    expect(lines[1]).toMatch(
      /^Iran's Supreme Leader Ayatollah Ali Khamenei said Friday .* the… pic\.twitter\.com\/JOvpZOxD9t$/,
    );
    expect(tweet.body.at(-1)).toMatchObject({ type: 'media', href: 'https://pic.twitter.com/JOvpZOxD9t' });
  });

  it('comes out the same from a browser copy: Windows line ends, blank lines between paragraphs, not inside a tweet', () => {
    // innerText puts a blank line after each <p>; a tweet's lines are one <p> with <br>s.
    const tweetLines = new Set([seedLines[4], seedLines[10]]);
    const copy = seedLines.map((line) => (tweetLines.has(line) ? `${line}\r\n` : `${line}\r\n\r\n`)).join('');
    const blankSeparated = parse(copy);
    expect(shape(blankSeparated.article.blocks)).toEqual(shape(article.blocks));
    expect(tweetText(tweetAt(blankSeparated.article.blocks, 4))).toBe(tweetText(tweetAt(article.blocks, 4)));
  });
});

describe('parseArticleText: the audio line', () => {
  it.each([
    'Listen To Story Above',
    'Listen to this article',
    'Listen to this story',
    'Listen to article',
    '▶ Listen to this article · 4 min',
    'Listen to this article 5 minutes',
    'Listen to this article (4 min)',
    'Listen to this story · 6:32',
  ])('reads %j as the audio block', (line) => {
    expect(parse(`${line}\nA paragraph.`).article.blocks[0]).toEqual({ type: 'audio' });
  });

  it.each([
    'Listen to this article and tell us what you think of the mayor’s plan for the docks.',
    'Listening to the story of the flood, the committee wept.',
  ])('keeps %j as a paragraph', (line) => {
    expect(parse(line).article.blocks[0]?.type).toBe('paragraph');
  });

  it('resolves options.audio against baseUrl, takes a title, and ignores an unsafe src', () => {
    expect(
      parse('Listen to this article', {
        audio: '/audio/s.mp3',
        baseUrl: 'https://news.example/a/',
        audioTitle: 'Read by Ann',
      }).article.blocks,
    ).toEqual([{ type: 'audio', src: 'https://news.example/audio/s.mp3', title: 'Read by Ann' }]);
    const unsafe = parse('Listen to this article', { audio: 'javascript:alert(1)' });
    expect(unsafe.article.blocks).toEqual([{ type: 'audio' }]);
    expect(unsafe.warnings).toEqual(['ignored options.audio: not an http(s) URL']);
  });

  it('keeps one player: a second label is dropped with a warning', () => {
    const { article, warnings } = parse('Listen to this article\nText.\nListen to this article');
    expect(article.blocks.map((block) => block.type)).toEqual(['audio', 'paragraph']);
    expect(warnings).toHaveLength(1);
  });
});

describe('parseArticleText: paragraphs', () => {
  it('makes each line a paragraph, skipping blank lines and trimming spaces', () => {
    const { article } = parse('\n  First line.  \n\n\nSecond\tline.\n');
    expect(article.blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'First line.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Second line.' }] },
    ]);
  });

  it('makes a run of any white space one space, and keeps a lone wide space as typeset', () => {
    const { article } = parse(`a${'\u2000'.repeat(5000)}b\u00a0\u00a0c\n日本語\u3000の文\n`);
    expect(article.blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'a b c' }] },
      { type: 'paragraph', children: [{ type: 'text', text: '日本語\u3000の文' }] },
    ]);
  });

  it('links bare http(s) URLs, leaving the sentence’s punctuation outside', () => {
    const [block] = parse('Read it at https://news.example/report (PDF), or https://news.example/a_(b).').article
      .blocks;
    expect(block).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Read it at ' },
        {
          type: 'link',
          href: 'https://news.example/report',
          children: [{ type: 'text', text: 'https://news.example/report' }],
        },
        { type: 'text', text: ' (PDF), or ' },
        {
          type: 'link',
          href: 'https://news.example/a_(b)',
          children: [{ type: 'text', text: 'https://news.example/a_(b)' }],
        },
        { type: 'text', text: '.' },
      ],
    });
  });

  it('makes a line holding only a known provider’s URL an embed', () => {
    expect(parse('https://youtu.be/dQw4w9WgXcQ').article.blocks).toEqual([
      { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
    ]);
  });

  it('takes the article’s lang and dir from the options', () => {
    const { article } = parse('سلام', { lang: 'fa', dir: 'rtl' });
    expect(article).toMatchObject({ lang: 'fa', dir: 'rtl' });
    expect(parse('x', { lang: '"><script>' }).article.lang).toBeUndefined();
  });
});

// Realistic articles written for these rules: where does the tweet start?
describe('parseArticleText: a tweet takes its own lines, not the article’s', () => {
  it('a paragraph before a one-line tweet stays a paragraph', () => {
    const { article } = parse(
      [
        'The prime minister responded within the hour, in a post that was shared thousands of times before the vote was called.',
        'Proud of every single volunteer who knocked on doors this week.',
        '— Jane Doe (@janedoe) May 2, 2024',
        'Results are expected overnight.',
      ].join('\n'),
    );
    expect(shape(article.blocks)).toEqual([
      'p:The prime minister respo',
      'tweet:@janedoe',
      'p:Results are expected ove',
    ]);
    expect(tweetText(tweetAt(article.blocks, 1))).toBe(
      'Proud of every single volunteer who knocked on doors this week.',
    );
  });

  it('a short reporting sentence before a one-line tweet stays a paragraph', () => {
    const { article } = parse(
      ['The mayor later deleted the post.', 'Wrong numbers, sorry all.', '— Mayor Lee (@mayorlee) March 3, 2024'].join(
        '\n',
      ),
    );
    expect(shape(article.blocks)).toEqual(['p:The mayor later deleted ', 'tweet:@mayorlee']);
  });

  it('a tweet with three short lines keeps all three', () => {
    const { article } = parse(
      [
        'Turnout in the city was the highest since 1992, according to the electoral commission, with queues at several polling stations past closing time.',
        'Polls are now closed.',
        'Thank you to every volunteer 🙏',
        'Results from 10pm, stay tuned',
        '— Jane Doe (@janedoe) May 2, 2024',
      ].join('\n'),
    );
    expect(shape(article.blocks)).toEqual(['p:Turnout in the city was ', 'tweet:@janedoe']);
    expect(tweetText(tweetAt(article.blocks, 1))).toBe(
      'Polls are now closed.\nThank you to every volunteer 🙏\nResults from 10pm, stay tuned',
    );
  });

  it('an intro line ending with a colon stays with the article, even when short', () => {
    const { article } = parse(
      ['Ms Doe wrote:', 'We did it!', 'On to the next one', '— Jane Doe (@janedoe) May 2, 2024'].join('\n'),
    );
    expect(shape(article.blocks)).toEqual(['p:Ms Doe wrote:', 'tweet:@janedoe']);
    expect(tweetText(tweetAt(article.blocks, 1))).toBe('We did it!\nOn to the next one');
  });

  it('a tweet can never reach back past the previous tweet or the audio line', () => {
    const { article } = parse(
      ['Listen to this article', 'Quick one', '— A (@a) May 1, 2024', 'Another quick one', '— B (@b) May 1, 2024'].join(
        '\n',
      ),
    );
    expect(shape(article.blocks)).toEqual(['audio', 'tweet:@a', 'tweet:@b']);
  });

  it('a tweet’s text stays within X’s 280 characters: short lines above a full tweet are the article’s', () => {
    const full = `${'word '.repeat(54)}end`; // 273 characters, no sentence end
    const { article } = parse(['Short line', 'Another short line', full, '— A (@a) May 1, 2024'].join('\n'));
    expect(shape(article.blocks)).toEqual(['p:Short line', 'p:Another short line', 'tweet:@a']);
  });

  it('a cut note tweet takes every line that fits, prose or not', () => {
    const first = 'This is the first line of a long note, written as a plain sentence of about ninety characters.';
    const second = `${'and it goes on '.repeat(11)}until X cut it… pic.twitter.com/AbCdEf1234`;
    const { article } = parse(
      [
        'The comments came a day after the ministry said the talks had stalled, a claim the opposition rejected.',
        first,
        second,
        '— A (@a) May 1, 2024',
      ].join('\n'),
    );
    expect(shape(article.blocks)).toEqual(['p:The comments came a day ', 'tweet:@a']);
    const tweet = tweetAt(article.blocks, 1);
    expect(tweetText(tweet).split('\n')[0]).toBe(first);
    expect(tweet.truncated).toBe(true);
  });

  it('in a copy with blank lines between paragraphs, a tweet’s adjacent lines are one paragraph of it', () => {
    const { article } = parse(
      [
        'Officials said the bridge would reopen on Monday.',
        '',
        'The northbound carriageway of the bridge is closed between junctions 56 and 57 after a collision involving two lorries early on Friday morning.',
        'Updates to follow on this account.',
        '',
        '— City Roads (@cityroads) June 1, 2024',
        '',
        'It was not clear which statement was correct.',
      ].join('\n'),
    );
    expect(shape(article.blocks)).toEqual([
      'p:Officials said the bridg',
      'tweet:@cityroads',
      'p:It was not clear which s',
    ]);
    // The first line reads like news, but no blank line parts it from the next: one <p> with a <br>.
    expect(tweetText(tweetAt(article.blocks, 1))).toBe(
      'The northbound carriageway of the bridge is closed between junctions 56 and 57 after a collision involving two lorries early on Friday morning.\nUpdates to follow on this account.',
    );
  });

  it('works the same in a right-to-left article', () => {
    const { article } = parse(
      [
        'سخنگوی دولت روز جمعه در یک نشست خبری گفت که مذاکرات با آمریکا در شرایط فعلی هیچ نتیجه‌ای نخواهد داشت و دولت به مسیر خود ادامه می‌دهد.',
        'امروز روز بزرگی برای ماست',
        'از همه شما سپاسگزاریم',
        '— خبرگزاری نمونه (@sample_news) February 7, 2025',
        'واکنش‌ها به این سخنان همچنان ادامه دارد.',
      ].join('\n'),
      { lang: 'fa', dir: 'rtl' },
    );
    expect(article.blocks.map((block) => block.type)).toEqual(['paragraph', 'tweet', 'paragraph']);
    const tweet = tweetAt(article.blocks, 1);
    expect(tweetText(tweet)).toBe('امروز روز بزرگی برای ماست\nاز همه شما سپاسگزاریم');
    expect(tweet.author).toMatchObject({ name: 'خبرگزاری نمونه', handle: 'sample_news' });
  });

  it('leaves a line far heavier than any short post to the article, signature and all', () => {
    const heavy = ' t.co/a'.repeat(200);
    const { article, warnings } = parse(`${heavy}!\n— A (@a) May 1, 2024`);
    expect(article.blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
    expect(shape(article.blocks)[1]).toBe('p:— A (@a) May 1, 2024');
    expect(warnings).toHaveLength(1);
    // 280 CJK characters weigh 560, twice X's limit (Bluesky allows 300 characters): still a post.
    const cjk = parse(`${'あ'.repeat(280)}\n— A (@a) May 1, 2024`).article;
    expect(cjk.blocks.map((block) => block.type)).toEqual(['tweet']);
  });

  it('keeps a signature with no text above it as a paragraph', () => {
    const { article, warnings } = parse('— A (@a) May 1, 2024');
    expect(shape(article.blocks)).toEqual(['p:— A (@a) May 1, 2024']);
    expect(warnings).toHaveLength(1);
  });
});

// Stored embeds (the project's, and the Guardian's real ones when ../shared is there), flattened to
// copied text the way a browser copies them, between two real news paragraphs from the seed: each
// must come back as its own tweet.
describe('parseArticleText on tweets copied into a real article', () => {
  interface GuardianElement {
    _type: string;
    url?: string;
    html?: string;
  }
  // X's own embed code only: a signature in its own paragraph (WordPress) is not one copied line. And the
  // copied-text signature still needs an English date: "2024年6月1日" or "1 juin 2024" are not read yet.
  const own = (JSON.parse(readFixture('embeds.json')) as { id: string; handle: string; html: string }[])
    .filter((e) => e.html.startsWith('<blockquote') && /\(@\w+\) <a [^>]*>[A-Z][a-z]+ \d{1,2}, \d{4}</.test(e.html))
    .map((e) => ({
      _type: 'TweetBlockElement',
      url: `https://twitter.com/${e.handle}/status/${e.id}`,
      html: e.html,
    }));
  const guardian = hasShared ? (JSON.parse(readShared('fixtures/guardian/elements.json')) as GuardianElement[]) : [];
  const tweets = [...own, ...guardian].filter((element) => element._type.endsWith('TweetBlockElement'));

  /** The tweet's lines and its signature as copied text (links become their text, <br> a line break). */
  function copied(html: string): { lines: string[]; signature: string } {
    const [, body = '', after = ''] = /<p[^>]*>([\s\S]*)<\/p>([\s\S]*)<\/blockquote>/.exec(html) ?? [];
    // As a browser renders it: source whitespace collapses, <br> breaks the line, tags leave their text.
    const text = (fragment: string) =>
      decodeEntities(
        fragment
          .replace(/\s+/g, ' ')
          .replace(/<br\s*\/?>/g, '\n')
          .replace(/<[^>]+>/g, ''),
      );
    return {
      lines: text(body)
        .split('\n')
        .map((line) => line.trim()),
      signature: text(after).trim(),
    };
  }

  const before = seedLines[2] ?? '';
  const after = seedLines[7] ?? '';

  it.each(tweets.map((element) => [element.url, element]))('%s', (_url, element) => {
    const { lines, signature } = copied(element.html ?? '');
    for (const separator of ['\n', '\n\n']) {
      const text = [before, lines.join('\n'), signature, after].join(separator);
      const { article } = parse(text);
      expect(article.blocks.map((block) => block.type)).toEqual(['paragraph', 'tweet', 'paragraph']);
      expect(tweetText(tweetAt(article.blocks, 1))).toBe(lines.join('\n').trim());
    }
  });
});

describe('parseArticleText: totality', () => {
  it('returns a typed error for input that is not a string', () => {
    expect(parseArticleText(undefined as unknown as string)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'invalid-input' }),
    });
  });

  it('reads text up to MAX_TEXT_LENGTH and refuses longer text with too-large', () => {
    const sentence = 'One line of prose.\n\n';
    const atLimit = sentence.repeat(MAX_TEXT_LENGTH / sentence.length);
    expect(atLimit.length).toBe(MAX_TEXT_LENGTH);
    expect(parseArticleText(atLimit).ok).toBe(true);
    expect(parseArticleText(`${atLimit}x`)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'too-large' }),
    });
  });

  // 1,000 runs of arbitrary Unicode.
  it('never throws on arbitrary strings (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.option(fc.string()), (input, audio) => {
        const result = parseArticleText(input, audio === null ? undefined : { audio });
        expect(result.ok).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  // 1,000 runs of lines built from the shapes the parser treats specially.
  it('never throws, and keeps lines that are neither signatures nor audio labels as paragraphs (1,000 runs)', () => {
    const line = fc.oneof(
      fc.constantFrom(
        '— A (@a) May 1, 2024',
        '&mdash; Bee (@b) 1 May 2024',
        'Listen to this article',
        'He wrote:',
        'A long sentence that a reporter would write about the events of the day, ending with a full stop.',
        'pic.twitter.com/AbCdEf1234',
        'cut here… pic.twitter.com/AbCdEf1234',
        '🚨 #Breaking @someone https://t.co/x',
        '',
        '   ',
      ),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const result = parseArticleText(lines.join('\n'));
        expect(result.ok).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  // 500 runs: with no signature and no audio label, every line comes back as one paragraph, unchanged.
  it('without tweets or audio, each non-blank line is one paragraph with its text (500 runs)', () => {
    const plain = fc
      .string({ minLength: 1, maxLength: 60 })
      .map((value) => value.replace(/[\r\n\u2028\u2029\u0085]/g, ' '))
      .filter((value) => !/[—–-]|listen/i.test(value) && !/^\S+$/.test(value.trim()));
    fc.assert(
      fc.property(fc.array(plain, { maxLength: 12 }), (lines) => {
        // Page furniture is another property's: a random line can read as one ("A /PA" is an agency credit).
        const { article } = parse(lines.join('\n'), { keepFurniture: true });
        const expected = lines
          .map((value) => value.replace(/[\t\u00a0 ]+/g, ' ').trim())
          .filter((value) => value.replace(/[\p{Cc}\uFEFF]/gu, '').trim() !== '');
        expect(
          article.blocks.map((block) => (block.type === 'paragraph' ? inlineText(block.children) : block.type)),
        ).toEqual(expected.map((value) => value.replace(/[\p{Cc}\uFEFF]/gu, '').trim()));
      }),
      { numRuns: 500 },
    );
  });
});
