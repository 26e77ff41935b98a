// The URL gate's fast path (src/model/shared/url-pattern.node.ts, a server's) skips `URL` for
// URLs already in its form, in the parsers and at render time alike: it must
// give exactly what `URL` gives, or step aside. Strings are built from the characters that matter to the parser
// (dots, percent signs, ports, credentials, backslashes, IPv4-looking hosts).
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { safeHttpUrl, safeImageUrl, safeLinkUrl, X_MEDIA_HOSTS, xMediaUrl } from '../../src/model/shared/url.js';
import * as fast from '../../src/model/shared/url-fast.js';
import { simpleUrl } from '../../src/model/shared/url-pattern.node.js';
import { isPlainHostname } from '../../src/model/shared/url-simple.js';
import { urlParts } from '../../src/model/tweet/links.js';

const hostPiece = fc.constantFrom('a', 'x', 'co', 'com', 't', '0', '9', '0x7f', 'xn--', 'xn--nxasmq6b', '-', '.', 'A');
const pathPiece = fc.constantFrom(
  ...'/ . .. a Z 0 - _ ~ ! $ & \' ( ) * + , ; = : @ % %2e %41 ? # \\ ^ | ` { } " < > [ ] é \t'.split(' '),
  ' ',
  '/./',
  '/../',
  '?a=1',
  '#top',
);
const anyCandidate = fc
  .tuple(
    fc.constantFrom('https://', 'http://', 'HTTPS://', 'https:/', 'ftp://', 'https://u:p@', 'https://u@'),
    fc.array(hostPiece, { minLength: 0, maxLength: 6 }),
    fc.constantFrom('', ':443', ':80', ':8080', ':'),
    fc.array(pathPiece, { maxLength: 10 }),
  )
  .map(([scheme, host, port, path]) => `${scheme}${host.join('')}${port}${path.join('')}`);
// Mostly well-formed: labels joined by dots, a path of mostly plain pieces, so the fast path is often taken.
const label = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
const plainPiece = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]{0,8}$/) },
  { weight: 1, arbitrary: pathPiece },
);
const nearCandidate = fc
  .tuple(
    fc.constantFrom('https://', 'http://'),
    fc.array(label, { minLength: 1, maxLength: 4 }),
    fc.array(plainPiece, { maxLength: 6 }),
  )
  .map(([scheme, labels, path]) => `${scheme}${labels.join('.')}/${path.join('')}`);
const candidate = fc.oneof({ weight: 1, arbitrary: anyCandidate }, { weight: 2, arbitrary: nearCandidate });

function viaUrl(raw: string): { href: string; protocol: string; hostname: string } | undefined {
  try {
    const url = new URL(raw);
    return { href: url.href, protocol: url.protocol, hostname: url.hostname };
  } catch {
    return undefined;
  }
}

describe('the URL fast path', () => {
  it('gives what URL gives whenever it answers (3,000 runs)', () => {
    let answered = 0;
    fc.assert(
      fc.property(candidate, (raw) => {
        const fast = simpleUrl(raw);
        if (fast === undefined) return;
        answered += 1;
        expect(fast).toEqual(viaUrl(raw));
      }),
      { numRuns: 3000 },
    );
    // The fast path must actually be taken, or the property says nothing.
    expect(answered).toBeGreaterThan(300);
  });

  it('leaves the gate saying what URL alone says (3,000 runs)', () => {
    // The gate's rules applied to a URL object, as they were before the fast path existed.
    const gate = (raw: string, https: boolean) => {
      const url = viaUrl(raw.trim()) && new URL(raw.trim());
      if (!url || !['https:', ...(https ? [] : ['http:'])].includes(url.protocol)) return undefined;
      return url.username === '' && url.password === '' ? url.href : undefined;
    };
    fc.assert(
      fc.property(candidate, (raw) => {
        expect(safeHttpUrl(raw)).toBe(gate(raw, false));
        expect(xMediaUrl(raw)).toBe(X_MEDIA_HOSTS.has(viaUrl(raw)?.hostname ?? '') ? gate(raw, true) : undefined);
      }),
      { numRuns: 3000 },
    );
  });

  it("gives the parsers' gate (url-fast) the components' answers (2,000 runs)", () => {
    fc.assert(
      fc.property(candidate, (raw) => {
        expect(fast.safeHttpUrl(raw)).toBe(safeHttpUrl(raw));
        expect(fast.safeLinkUrl(raw)).toBe(safeLinkUrl(raw));
        expect(fast.safeImageUrl(raw)).toBe(safeImageUrl(raw));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a path from the root against a base as URL does (2,000 runs)', () => {
    const relative = fc
      .tuple(
        fc.constantFrom('/', '//', '/./', '/../', ' /', '\\', '?', '#', '.', '\u00a0/'),
        fc.array(plainPiece, { maxLength: 6 }),
      )
      .map(([head, path]) => `${head}${path.join('')}`);
    const base = fc.oneof(
      candidate,
      fc.constantFrom('https://news.example/a/b?c#d', 'http://a.co', 'not a url', undefined),
    );
    fc.assert(
      fc.property(relative, base, (raw, from) => {
        expect(fast.safeHttpUrl(raw, from)).toBe(safeHttpUrl(raw, from));
        expect(fast.safeLinkUrl(raw, from)).toBe(safeLinkUrl(raw, from));
        expect(fast.safeImageUrl(raw, from)).toBe(safeImageUrl(raw, from));
      }),
      { numRuns: 2000 },
    );
    expect(fast.safeHttpUrl('/science/mars', 'https://news.example/world/')).toBe('https://news.example/science/mars');
  });

  it("reads a link's protocol, host and path as URL does, for the X link checks (2,000 runs)", () => {
    fc.assert(
      fc.property(candidate, (raw) => {
        const url = viaUrl(raw) && new URL(raw);
        const parts = urlParts(raw);
        expect(parts && { protocol: parts.protocol, hostname: parts.hostname, pathname: parts.pathname }).toEqual(
          url && { protocol: url.protocol, hostname: url.hostname, pathname: url.pathname },
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('a plain host name is what URL makes of it (3,000 runs)', () => {
    const host = fc.array(fc.oneof(label, fc.constantFrom('.', '-', 'xn--', '0x7f', 'A', 'é')), { maxLength: 6 });
    fc.assert(
      fc.property(host, (parts) => {
        const name = parts.join('');
        if (isPlainHostname(name)) expect(viaUrl(`http://${name}/`)?.hostname).toBe(name);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses other schemes and credentials without URL exactly where URL would (3,000 runs)', () => {
    // Schemes as hostile markup writes them: mixed case, tabs and line breaks inside (URL drops those), digits and
    // `+.-` after the first letter, nothing before the colon, and http(s) look-alikes.
    const schemePiece = fc.constantFrom(
      'java',
      'script',
      'JaVa',
      'data',
      'vb',
      'file',
      'http',
      'https',
      'HTTP',
      's',
      'mailto',
    );
    const noise = fc.constantFrom('', '\t', '\n', '\r', ' ', '\u0001', '+', '-', '.', '1', '%', '/');
    const raw = fc
      .tuple(fc.constantFrom('', ' ', '\t', '\u0000', '1'), fc.array(fc.tuple(schemePiece, noise), { maxLength: 3 }))
      .chain(([head, pieces]) =>
        fc
          .tuple(
            fc.constantFrom(':', '://', ':/', ''),
            fc.constantFrom(
              'alert(1)',
              'a.co/x',
              '//x.com@e.example/',
              '//:@e.example/',
              '//@e.example',
              '//::@e.example',
              '\\\\u:p@e.example',
              '/\\a@b@c/d',
              '//a.co/b@c',
              '//a.co?b@c',
              '//\t@e.example',
              '',
            ),
          )
          .map(([colon, rest]) => `${head}${pieces.map(([a, b]) => a + b).join('')}${colon}${rest}`),
      );
    const base = fc.constantFrom(undefined, 'https://news.example/a/', 'http://a.co');
    const viaUrlAlone = (text: string, from: string | undefined) => {
      const trimmed = text.trim();
      if (trimmed === '') return undefined;
      try {
        const url = from === undefined ? new URL(trimmed) : new URL(trimmed, from);
        const allowed = ['http:', 'https:'].includes(url.protocol) && url.username === '' && url.password === '';
        return allowed ? url.href : undefined;
      } catch {
        return undefined;
      }
    };
    fc.assert(
      fc.property(raw, base, (text, from) => {
        expect(fast.safeHttpUrl(text, from)).toBe(viaUrlAlone(text, from));
        expect(safeHttpUrl(text, from)).toBe(viaUrlAlone(text, from));
        expect(fast.safeLinkUrl(text, from)).toBe(safeLinkUrl(text, from));
        expect(fast.safeImageUrl(text, from)).toBe(safeImageUrl(text, from));
      }),
      { numRuns: 3000 },
    );
    expect(fast.safeHttpUrl('java\tscript:alert(1)', 'https://news.example/')).toBeUndefined();
    expect(fast.safeHttpUrl('ht\ntp://a.co/x')).toBe('http://a.co/x');
    expect(fast.safeHttpUrl('https://:@a.co/x')).toBe('https://a.co/x');
    expect(fast.safeLinkUrl('mailto:a@b.example')).toBe('mailto:a@b.example');
  });

  it('leaves the gate as strict as before', () => {
    expect(fast.safeHttpUrl('https://x.com@evil.example/')).toBeUndefined();
    expect(safeHttpUrl('https://x.com@evil.example/')).toBeUndefined();
    expect(safeHttpUrl('https://t.co/abc')).toBe('https://t.co/abc');
    expect(safeHttpUrl('https://a.co')).toBe('https://a.co/');
    expect(safeHttpUrl('https://a.co?x=1#y')).toBe('https://a.co/?x=1#y');
    expect(safeHttpUrl('https://a.co/b/../c')).toBe('https://a.co/c');
    expect(safeHttpUrl('https://A.CO/x')).toBe('https://a.co/x');
    expect(safeImageUrl('http://pbs.twimg.com/a.jpg')).toBeUndefined();
    expect(xMediaUrl('https://pbs.twimg.com/a.jpg')).toBe('https://pbs.twimg.com/a.jpg');
    expect(xMediaUrl('https://pbs.twimg.com.evil.example/a.jpg')).toBeUndefined();
  });
});

describe("the parsers' gate without a base", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('refuses a reference without a scheme without building a URL (a throw per one-word line was 4 µs)', () => {
    let built = 0;
    const Original = globalThis.URL;
    class Counting extends Original {
      constructor(...args: ConstructorParameters<typeof URL>) {
        built += 1;
        super(...args);
      }
    }
    vi.stubGlobal('URL', Counting);
    for (const raw of ['a', 'hello', 'Photo', '/path', '?q', '#top', '.', 'word\twith', '\u0001x', ':', ':b', '1a:b']) {
      expect(fast.safeHttpUrl(raw)).toBeUndefined();
      expect(fast.safeLinkUrl(raw)).toBeUndefined();
      expect(fast.safeImageUrl(raw)).toBeUndefined();
      expect(urlParts(raw)).toBeUndefined();
    }
    expect(built).toBe(0);
    // The counter counts: what only URL can answer is still asked of it.
    expect(fast.safeHttpUrl('HTTPS://A.CO/')).toBe('https://a.co/');
    expect(built).toBeGreaterThan(0);
  });
});
