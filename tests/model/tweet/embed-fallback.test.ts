import { describe, expect, it } from 'vitest';
import { embedFallback } from '../../../src/model/tweet/embed-fallback.js';

describe('embedFallback: what a broken embed still tells the reader', () => {
  it('keeps the tweet paragraph’s text, its lang, and the status link from markup cut off before the signature', () => {
    const html =
      '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Storm warning for the harbour.<br>Stay off the piers. <a href="https://t.co/x">#StormWatch</a></p>&mdash; Harbour Desk <a href="https://twitter.com/harbourwx/status/1760026533688246305?ref_src=twsrc">Feb';
    expect(embedFallback(html)).toEqual({
      text: 'Storm warning for the harbour.\nStay off the piers. #StormWatch',
      url: 'https://twitter.com/harbourwx/status/1760026533688246305?ref_src=twsrc',
      lang: 'en',
    });
  });

  it('returns text only: scripts, styles and handlers are dropped, and no link but a status URL survives', () => {
    const html =
      '<blockquote><p>Hi<script>alert(1)</script><style>p{}</style> <img src=x onerror=alert(1)><a href="javascript:alert(1)">there</a> <a href="https://example.com/">site</a></p></blockquote>';
    const result = embedFallback(html);
    expect(result.text).toBe('Hi there site');
    expect(result).not.toHaveProperty('url');
  });

  it('ignores a lang that is not a language tag', () => {
    expect(embedFallback('<blockquote><p lang="en&quot; onclick">x</p></blockquote>')).toEqual({ text: 'x' });
  });
});
