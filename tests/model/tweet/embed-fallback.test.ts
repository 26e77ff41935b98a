import { describe, expect, it } from 'vitest';
import { readTweetEmbed, type TweetEmbedRead } from '../../../src/model/tweet/embed.js';

/** The fallback part of what readTweetEmbed read, failing the test when it read a tweet. */
function fallback(html: string): Omit<Extract<TweetEmbedRead, { kind: 'fallback' }>, 'kind' | 'error'> {
  const read = readTweetEmbed(html);
  if (read.kind !== 'fallback') throw new Error('expected the fallback, got a tweet');
  const { kind: _kind, error: _error, ...rest } = read;
  return rest;
}

describe('readTweetEmbed’s fallback: what a broken embed still tells the reader', () => {
  it('keeps the tweet paragraph’s text, its lang, and the status link from markup cut off before the signature', () => {
    const html =
      '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Storm warning for the harbour.<br>Stay off the piers. <a href="https://t.co/x">#StormWatch</a></p>&mdash; Harbour Desk <a href="https://twitter.com/harbourwx/status/1760026533688246305?ref_src=twsrc">Feb';
    expect(readTweetEmbed(html)).toMatchObject({ kind: 'fallback', error: { code: 'cut-off' } });
    expect(fallback(html)).toEqual({
      text: 'Storm warning for the harbour.\nStay off the piers. #StormWatch',
      url: 'https://twitter.com/harbourwx/status/1760026533688246305?ref_src=twsrc',
      lang: 'en',
    });
  });

  it('returns text only: scripts, styles and handlers are dropped, and no link but a status URL survives', () => {
    const html =
      '<blockquote><p>Hi<script>alert(1)</script><style>p{}</style> <img src=x onerror=alert(1)><a href="javascript:alert(1)">there</a> <a href="https://example.com/">site</a></p></blockquote>';
    const result = fallback(html);
    expect(result.text).toBe('Hi there site');
    expect(result).not.toHaveProperty('url');
  });

  it('ignores a lang that is not a language tag', () => {
    expect(fallback('<blockquote><p lang="en&quot; onclick">x</p></blockquote>')).toEqual({ text: 'x' });
  });

  it('reads a good embed as the tweet, with the parser’s warnings', () => {
    const html =
      '<blockquote class="twitter-tweet"><p lang="en">Hi</p>&mdash; A (@a) <a href="https://twitter.com/a/status/20">May 1, 2020</a></blockquote>';
    const read = readTweetEmbed(html);
    expect(read.kind).toBe('tweet');
    if (read.kind === 'tweet') {
      expect(read.tweet.body).toEqual([{ type: 'text', text: 'Hi' }]);
      expect(read.warnings).toEqual([]);
    }
  });

  it('refuses a whole page without reading it, and empty input, with the parser’s codes', () => {
    expect(readTweetEmbed('x'.repeat(100_001))).toEqual({
      kind: 'fallback',
      error: { code: 'too-large', message: expect.any(String) },
      text: '',
    });
    expect(readTweetEmbed('  ')).toMatchObject({ kind: 'fallback', error: { code: 'empty' }, text: '' });
  });
});
