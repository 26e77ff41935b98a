import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticleHtml } from '../../../src/model/article/html.js';
import type { Article, Block, Inline } from '../../../src/model/article/types.js';

function parse(html: string, baseUrl?: string): { article: Article; warnings: string[] } {
  const result = parseArticleHtml(html, baseUrl === undefined ? undefined : { baseUrl });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return { article: result.value, warnings: result.warnings };
}

function blocks(html: string, baseUrl?: string): Block[] {
  return parse(html, baseUrl).article.blocks;
}

function text(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => (inline.type === 'text' ? inline.text : inline.type === 'link' ? text(inline.children) : '\n'))
    .join('');
}

describe('parseArticleHtml: paragraphs and inline marks', () => {
  it('keeps strong/b, em/i, code, sub, sup, s/del as marks, nested marks combined', () => {
    const [block] = blocks(
      '<p>a <strong>b</strong> <b>c <i>d</i></b> <em>e</em> <code>f</code> H<sub>2</sub>O x<sup>2</sup> <s>g</s> <del>h</del></p>',
    );
    expect(block).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'a ' },
        { type: 'text', text: 'b', marks: ['strong'] },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'c ', marks: ['strong'] },
        { type: 'text', text: 'd', marks: ['strong', 'em'] },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'e', marks: ['em'] },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'f', marks: ['code'] },
        { type: 'text', text: ' H' },
        { type: 'text', text: '2', marks: ['sub'] },
        { type: 'text', text: 'O x' },
        { type: 'text', text: '2', marks: ['sup'] },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'g', marks: ['strike'] },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'h', marks: ['strike'] },
      ],
    });
  });

  it('collapses HTML whitespace, keeps <br> as a break and drops empty paragraphs', () => {
    expect(blocks('<p>\n  one\n   two <br>\n three </p><p> &nbsp; </p><p></p>')).toEqual([
      {
        type: 'paragraph',
        children: [{ type: 'text', text: 'one two' }, { type: 'break' }, { type: 'text', text: 'three' }],
      },
    ]);
  });

  it('keeps at most one blank line in a run of <br> (all of them in <pre>), and one of dividers in a row', () => {
    const breaks = (html: string) =>
      blocks(html).flatMap((block) =>
        block.type === 'paragraph' ? block.children.map((inline) => (inline.type === 'break' ? '/' : 'x')) : [],
      );
    expect(breaks('<p>a<br>b<br><br>c<br> <br>\n<br><br>d</p>')).toEqual(['x', '/', 'x', '/', '/', 'x', '/', '/', 'x']);
    expect(breaks('<pre>a\n\n\n\nb</pre>')).toEqual(['x', '/', '/', '/', '/', 'x']);
    // An optional break shows nothing: the text on both sides is one word.
    expect(blocks('<p>long<wbr>word</p>')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'longword' }] },
    ]);
    const result = parseArticleHtml('<p>a</p><hr><div><hr></div><hr><p>b</p><hr>');
    expect(result.ok && result.value.blocks.map((block) => block.type)).toEqual([
      'paragraph',
      'divider',
      'paragraph',
      'divider',
    ]);
    expect(result.ok && result.warnings.join(' ')).toMatch(/merged dividers in a row \(nothing between them\)/);
  });

  it('turns loose text between blocks into paragraphs, in order', () => {
    const out = blocks('intro <em>text</em><p>middle</p>tail');
    expect(out.map((block) => block.type === 'paragraph' && text(block.children))).toEqual([
      'intro text',
      'middle',
      'tail',
    ]);
  });

  it('decodes entities once and keeps markup-looking text as text', () => {
    const [block] = blocks('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; caf&eacute;</p>');
    expect(block?.type === 'paragraph' && text(block.children)).toBe('<script>alert(1)</script> &amp; café');
  });

  it('maps h1 and h2 to level 2, h3 to 3 and deeper headings to 4', () => {
    const out = blocks('<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><h5>E</h5><h6>F</h6>');
    expect(out.map((block) => block.type === 'heading' && block.level)).toEqual([2, 2, 3, 4, 4, 4]);
  });

  it('keeps <pre> whitespace and line breaks', () => {
    const [block] = blocks('<pre>if (a) {\n  b();\n}</pre>');
    expect(block?.type === 'paragraph' && text(block.children)).toBe('if (a) {\n  b();\n}');
  });

  it('reads WordPress emoji images as their text', () => {
    const [block] = blocks(
      '<p>Great <img draggable="false" role="img" class="emoji" alt="🎉" src="https://s.w.org/e.svg"></p>',
    );
    expect(block?.type === 'paragraph' && text(block.children)).toBe('Great 🎉');
  });
});

describe('parseArticleHtml: links', () => {
  it('keeps http, https and mailto links', () => {
    const [block] = blocks(
      '<p><a href="https://a.example/x">a</a> <a href="http://b.example/">b</a> <a href="mailto:desk@news.example">c</a></p>',
    );
    expect(block?.type === 'paragraph' && block.children.filter((inline) => inline.type === 'link')).toEqual([
      { type: 'link', href: 'https://a.example/x', children: [{ type: 'text', text: 'a' }] },
      { type: 'link', href: 'http://b.example/', children: [{ type: 'text', text: 'b' }] },
      { type: 'link', href: 'mailto:desk@news.example', children: [{ type: 'text', text: 'c' }] },
    ]);
  });

  it('resolves relative links against baseUrl', () => {
    const [block] = blocks(
      '<p><a href="../world/story">story</a> <a href="#notes">notes</a></p>',
      'https://news.example/uk/2025/item',
    );
    expect(block?.type === 'paragraph' && block.children.filter((inline) => inline.type === 'link')).toEqual([
      { type: 'link', href: 'https://news.example/uk/world/story', children: [{ type: 'text', text: 'story' }] },
      { type: 'link', href: 'https://news.example/uk/2025/item#notes', children: [{ type: 'text', text: 'notes' }] },
    ]);
  });

  it('drops relative links without a baseUrl, keeping their text, and says so', () => {
    const { article, warnings } = parse('<p>See <a href="/world/story">the story</a>.</p>');
    expect(article.blocks).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'See the story.' }] }]);
    expect(warnings).toContain('dropped relative links (no baseUrl; text kept)');
  });

  it('drops javascript:, data: and vbscript: links, keeping their text', () => {
    const { article, warnings } = parse(
      '<p><a href="javascript:alert(1)">a</a><a href=" JaVaScRiPt:alert(1)">b</a><a href="data:text/html,x">c</a><a href="vbscript:x">d</a></p>',
      'https://news.example/',
    );
    expect(article.blocks).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'abcd' }] }]);
    expect(warnings).toContain('dropped links that are not http(s) or mailto (text kept) (×4)');
  });

  it('keeps a line break inside a link inside it', () => {
    const [block] = blocks('<p><a href="https://a.example/">one<br>two</a> after</p>');
    expect(block).toEqual({
      type: 'paragraph',
      children: [
        {
          type: 'link',
          href: 'https://a.example/',
          children: [{ type: 'text', text: 'one' }, { type: 'break' }, { type: 'text', text: 'two' }],
        },
        { type: 'text', text: ' after' },
      ],
    });
  });
});

describe('parseArticleHtml: lists, quotes, figures, audio, dividers', () => {
  it('reads ul/ol items; nested lists are flattened after their parent item', () => {
    const { article, warnings } = parse(
      '<ul><li>one</li><li>two<ul><li>two-a</li></ul></li></ul><ol><li><p>a</p><p>b</p></li></ol>',
    );
    expect(article.blocks).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [[{ type: 'text', text: 'one' }], [{ type: 'text', text: 'two' }], [{ type: 'text', text: 'two-a' }]],
      },
      {
        type: 'list',
        ordered: true,
        items: [[{ type: 'text', text: 'a' }, { type: 'break' }, { type: 'text', text: 'b' }]],
      },
    ]);
    expect(warnings).toContain('flattened nested lists');
  });

  it('reads a blockquote with a <footer><cite> attribution and a cite URL', () => {
    expect(
      blocks(
        '<blockquote cite="https://source.example/speech"><p>We will.</p><p>Soon.</p><footer>— <cite>Jane Roe</cite></footer></blockquote>',
      ),
    ).toEqual([
      {
        type: 'quote',
        children: [[{ type: 'text', text: 'We will.' }], [{ type: 'text', text: 'Soon.' }]],
        attribution: 'Jane Roe',
        cite: 'https://source.example/speech',
      },
    ]);
  });

  it('keeps WordPress alignwide/alignfull as the figure size, and none otherwise', () => {
    const sized = (cls: string) =>
      blocks(`<figure class="${cls}"><img src="https://e.com/a.jpg" alt="A" width="800" height="600"></figure>`)[0];
    expect(sized('wp-block-image alignwide')).toMatchObject({ type: 'figure', size: 'wide' });
    expect(sized('wp-block-image alignfull')).toMatchObject({ type: 'figure', size: 'full' });
    expect(sized('wp-block-image')).not.toHaveProperty('size');
  });

  it('reads a WordPress quote (<cite> child) and HTML’s figure + figcaption pattern', () => {
    const wordpress = blocks('<blockquote class="wp-block-quote"><p>Words.</p><cite>Ann Lee</cite></blockquote>');
    const figure = blocks(
      '<figure><blockquote><p>Words.</p></blockquote><figcaption>— Ann Lee, <cite>Memoir</cite></figcaption></figure>',
    );
    expect(wordpress).toEqual([
      { type: 'quote', children: [[{ type: 'text', text: 'Words.' }]], attribution: 'Ann Lee' },
    ]);
    expect(figure).toEqual([
      { type: 'quote', children: [[{ type: 'text', text: 'Words.' }]], attribution: 'Ann Lee, Memoir' },
    ]);
  });

  it('keeps a <cite> inside the quoted sentence as text, not as the attribution', () => {
    const [block] = blocks('<blockquote><p>As <cite>Hamlet</cite> has it, the rest is silence.</p></blockquote>');
    expect(block).toEqual({
      type: 'quote',
      children: [[{ type: 'text', text: 'As Hamlet has it, the rest is silence.' }]],
    });
  });

  it('takes a closing <cite>, alone or in its own paragraph, as the attribution', () => {
    const bare = blocks('<blockquote>We will. <cite>Jane Roe</cite></blockquote>');
    const ownParagraph = blocks('<blockquote><p>We will.</p><p>— <cite>Jane Roe</cite></p></blockquote>');
    const inSentence = blocks('<blockquote>Read <cite>Ulysses</cite> twice.</blockquote>');
    expect(bare).toEqual([
      { type: 'quote', children: [[{ type: 'text', text: 'We will.' }]], attribution: 'Jane Roe' },
    ]);
    expect(ownParagraph).toEqual(bare);
    expect(inSentence).toEqual([{ type: 'quote', children: [[{ type: 'text', text: 'Read Ulysses twice.' }]] }]);
  });

  it('ignores an unsafe cite URL', () => {
    const [block] = blocks('<blockquote cite="javascript:alert(1)"><p>x</p></blockquote>');
    expect(block).toEqual({ type: 'quote', children: [[{ type: 'text', text: 'x' }]] });
  });

  it('reads a figure: image, dimensions, caption and credit', () => {
    expect(
      blocks(
        '<figure><img src="/img/cat.jpg" alt="A cat asleep" width="800" height="600"><figcaption>The cat, <em>asleep</em>. <span class="credit">Photograph: Ann Lee/AP</span></figcaption></figure>',
        'https://news.example/a/',
      ),
    ).toEqual([
      {
        type: 'figure',
        src: 'https://news.example/img/cat.jpg',
        alt: 'A cat asleep',
        width: 800,
        height: 600,
        caption: [
          { type: 'text', text: 'The cat, ' },
          { type: 'text', text: 'asleep', marks: ['em'] },
          { type: 'text', text: '.' },
        ],
        credit: 'Photograph: Ann Lee/AP',
      },
    ]);
  });

  it('takes the real image from lazy-loading attributes or srcset, never a data: placeholder', () => {
    const lazy = blocks('<img src="data:image/gif;base64,R0lGOD" data-src="https://cdn.example/real.jpg" alt="">');
    const srcset = blocks(
      '<img src="data:image/gif;base64,R0lGOD" srcset="https://cdn.example/s.jpg 320w, https://cdn.example/l.jpg 1280w" alt="x">',
    );
    expect(lazy).toEqual([{ type: 'figure', src: 'https://cdn.example/real.jpg', alt: '' }]);
    expect(srcset).toEqual([{ type: 'figure', src: 'https://cdn.example/l.jpg', alt: 'x' }]);
  });

  it('drops images with no https source and tracking pixels, keeping a caption as text', () => {
    const { article, warnings } = parse(
      '<figure><img src="javascript:x" alt="x"><figcaption>Caption</figcaption></figure><img src="https://t.example/p.gif" width="1" height="1">' +
        '<img src="http://mixed.example/a.jpg" alt="mixed"><img src="https://t.example/q.gif" width="1"><img src="https://t.example/r.gif" height="1px">',
    );
    expect(article.blocks).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Caption' }] }]);
    expect(warnings).toEqual(
      expect.arrayContaining([
        'dropped images without an https src (http would be mixed content) (×2)',
        'dropped tracking pixels (×3)',
      ]),
    );
  });

  it('keeps http images on loopback, which browsers never block as mixed content (a local dev server)', () => {
    expect(
      blocks('<img src="http://localhost:6006/a.jpg" alt="local"><img src="http://127.0.0.1/b.jpg" alt="ip">'),
    ).toEqual([
      { type: 'figure', src: 'http://localhost:6006/a.jpg', alt: 'local' },
      { type: 'figure', src: 'http://127.0.0.1/b.jpg', alt: 'ip' },
    ]);
    expect(blocks('<img src="http://localhost.evil.example/a.jpg" alt="x">')).toEqual([]);
  });

  it('reads each image of a gallery as its own figure', () => {
    const out = blocks(
      '<figure class="wp-block-gallery"><figure><img src="https://a.example/1.jpg" alt="one"></figure><figure><img src="https://a.example/2.jpg" alt="two"><figcaption>Two</figcaption></figure></figure>',
    );
    expect(out).toEqual([
      { type: 'figure', src: 'https://a.example/1.jpg', alt: 'one' },
      { type: 'figure', src: 'https://a.example/2.jpg', alt: 'two', caption: [{ type: 'text', text: 'Two' }] },
    ]);
  });

  it('reads <audio> (src or <source>) and <hr>', () => {
    expect(
      blocks(
        '<audio controls src="https://cdn.example/a.mp3" title="Listen"></audio><hr><audio><source src="/b.ogg"></audio>',
        'https://news.example/',
      ),
    ).toEqual([
      { type: 'audio', src: 'https://cdn.example/a.mp3', title: 'Listen' },
      { type: 'divider' },
      { type: 'audio', src: 'https://news.example/b.ogg' },
    ]);
  });
});

describe('parseArticleHtml: pull quotes as CMSs write them', () => {
  it('reads a WordPress pull quote block with its citation and alignment', () => {
    expect(
      blocks(
        '<figure class="wp-block-pullquote alignright"><blockquote><p>We were never asked.</p><cite>A resident</cite></blockquote></figure>',
      ),
    ).toEqual([
      {
        type: 'pullquote',
        children: [[{ type: 'text', text: 'We were never asked.' }]],
        attribution: 'A resident',
        align: 'end',
      },
    ]);
  });

  it('does not mistake a title inside a pull quote for its speaker', () => {
    expect(blocks('<aside class="pullquote"><p>Nobody reads <cite>Ulysses</cite> twice</p></aside>')).toEqual([
      { type: 'pullquote', children: [[{ type: 'text', text: 'Nobody reads Ulysses twice' }]] },
    ]);
  });

  it.each([
    ['aside.pullquote', '<aside class="pullquote">Words</aside>'],
    ['blockquote.pullquote', '<blockquote class="pullquote"><p>Words</p></blockquote>'],
    ['div.pull-quote', '<div class="pull-quote"><p>Words</p></div>'],
    ['Medium’s graf--pullquote', '<blockquote class="graf graf--pullquote">Words</blockquote>'],
    [
      'aside.element-pullquote',
      '<aside class="element element-pullquote"><blockquote><p>Words</p></blockquote></aside>',
    ],
    ['p.pullout', '<p class="pullout">Words</p>'],
  ])('reads %s', (_name, html) => {
    expect(blocks(html)).toEqual([{ type: 'pullquote', children: [[{ type: 'text', text: 'Words' }]] }]);
  });
});

describe('parseArticleHtml: embeds', () => {
  it('turns known providers’ iframes into embed blocks with a canonical URL', () => {
    expect(
      blocks(
        [
          '<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42" title="Launch video" allowfullscreen></iframe>',
          '<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e"></iframe>',
          '<iframe src="https://open.spotify.com/embed/episode/7makk4oTQel546B0PZlDM5?utm_source=generator"></iframe>',
          '<iframe src="https://www.tiktok.com/embed/v2/7106594312292453675"></iframe>',
          '<iframe src="https://www.instagram.com/p/CsZ0Ab1LpqX/embed/captioned/"></iframe>',
          '<iframe src="https://w.soundcloud.com/player/?url=https%3A//soundcloud.com/artist/track-name&color=%23ff5500"></iframe>',
        ].join(''),
      ),
    ).toEqual([
      {
        type: 'embed',
        provider: 'youtube',
        url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
        title: 'Launch video',
      },
      { type: 'embed', provider: 'vimeo', url: 'https://vimeo.com/76979871/8272103f6e' },
      { type: 'embed', provider: 'spotify', url: 'https://open.spotify.com/episode/7makk4oTQel546B0PZlDM5' },
      { type: 'embed', provider: 'tiktok', url: 'https://www.tiktok.com/embed/v2/7106594312292453675' },
      { type: 'embed', provider: 'instagram', url: 'https://www.instagram.com/p/CsZ0Ab1LpqX/' },
      { type: 'embed', provider: 'soundcloud', url: 'https://soundcloud.com/artist/track-name' },
    ]);
  });

  it('takes the title of a WordPress embed figure from its caption', () => {
    expect(
      blocks(
        '<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper"><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe></div><figcaption>The launch</figcaption></figure>',
      ),
    ).toEqual([
      { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'The launch' },
    ]);
  });

  it('reads Instagram and TikTok blockquote snippets as embeds and drops their scripts', () => {
    const { article, warnings } = parse(
      '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/reel/C1a2B3c4D5e/?utm_source=ig_embed" data-instgrm-version="14"><a href="https://www.instagram.com/reel/C1a2B3c4D5e/">View this post</a></blockquote><script async src="//www.instagram.com/embed.js"></script>' +
        '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@scout2015/video/6718335390845095173" data-video-id="6718335390845095173"><section>@scout2015</section></blockquote><script async src="https://www.tiktok.com/embed.js"></script>',
    );
    expect(article.blocks).toEqual([
      { type: 'embed', provider: 'instagram', url: 'https://www.instagram.com/reel/C1a2B3c4D5e/' },
      { type: 'embed', provider: 'tiktok', url: 'https://www.tiktok.com/@scout2015/video/6718335390845095173' },
    ]);
    expect(warnings).toContain('dropped <script> and its content (×2)');
  });

  it('drops iframes of unknown providers (never an iframe in the model) and says so', () => {
    const { article, warnings } = parse(
      '<p>a</p><iframe src="https://tracker.example/frame"></iframe><iframe src="javascript:alert(1)"></iframe>',
    );
    expect(article.blocks).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'a' }] }]);
    expect(warnings).toContain('dropped <iframe> from unknown providers (×2)');
  });
});

describe('parseArticleHtml: tweets', () => {
  const tweet =
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Polls are now closed.<br><br>Thank you to every volunteer 🙏 <a href="https://t.co/AbCdEf1234">pic.twitter.com/AbCdEf1234</a></p>&mdash; Jane Doe (@janedoe) <a href="https://twitter.com/janedoe/status/1786100000000000000?ref_src=twsrc%5Etfw">May 2, 2024</a></blockquote>\n<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>';

  it('reads blockquote.twitter-tweet through parseTweetEmbed and drops the widgets script', () => {
    const { article, warnings } = parse(`<p>Before.</p>${tweet}<p>After.</p>`);
    expect(article.blocks.map((block) => block.type)).toEqual(['paragraph', 'tweet', 'paragraph']);
    const block = article.blocks[1];
    if (block?.type !== 'tweet') throw new Error('expected a tweet');
    expect(block.tweet.author).toMatchObject({ name: 'Jane Doe', handle: 'janedoe' });
    expect(block.tweet.id).toBe('1786100000000000000');
    expect(block.tweet.source).toBe('embed');
    expect(warnings).toContain('dropped <script> and its content');
  });

  it('reads blockquote.twitter-video the same way', () => {
    const [block] = blocks(tweet.replace('twitter-tweet', 'twitter-video'));
    expect(block?.type).toBe('tweet');
  });

  it('reads a tweet inside a WordPress embed figure', () => {
    const out = blocks(
      `<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">${tweet}</div></figure>`,
    );
    expect(out.map((block) => block.type)).toEqual(['tweet']);
  });

  it('keeps an unreadable tweet embed as a quote with its text, author line and status link', () => {
    const { article, warnings } = parse(
      '<blockquote class="twitter-tweet"><p>Only the text survived</p>&mdash; Someone <a href="https://twitter.com/someone/status/1786100000000000001">May 2, 2024</a></blockquote>',
    );
    expect(article.blocks).toEqual([
      {
        type: 'quote',
        children: [[{ type: 'text', text: 'Only the text survived' }]],
        attribution: 'Someone May 2, 2024',
        cite: 'https://twitter.com/someone/status/1786100000000000001',
      },
    ]);
    expect(warnings.some((warning) => warning.startsWith('kept an unreadable tweet embed as a quote'))).toBe(true);
  });
});

describe('parseArticleHtml: what is dropped', () => {
  it('drops script, style, noscript, template and comments entirely, and reports each', () => {
    const { article, warnings } = parse(
      '<style>p{color:red}</style><p>kept</p><script>alert(1)</script><noscript><img src="https://t.example/p.gif"></noscript><template><p>hidden</p></template><!-- note -->',
    );
    expect(article.blocks).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'kept' }] }]);
    expect(warnings).toEqual(
      expect.arrayContaining([
        'dropped <style> and its content',
        'dropped <script> and its content',
        'dropped <noscript> and its content',
        'dropped <template> and its content',
        'dropped HTML comments',
      ]),
    );
  });

  it('unwraps unknown tags, keeping their text, and says which', () => {
    const { article, warnings } = parse(
      '<p><marquee>moving</marquee> <span>plain</span> <x-widget>custom</x-widget></p>',
    );
    expect(article.blocks).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'moving plain custom' }] }]);
    expect(warnings).toEqual(['unwrapped <marquee> (text kept)', 'unwrapped <x-widget> (text kept)']);
  });

  it('never keeps attributes it does not know (style, class, on*)', () => {
    const { article } = parse('<p style="x" class="y" onclick="alert(1)" id="z">t</p>');
    expect(article.blocks).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 't' }] }]);
  });

  it('survives nesting far deeper than any article, dropping what is too deep', () => {
    const deep = `${'<div>'.repeat(5000)}deep${'</div>'.repeat(5000)}<p>after</p>`;
    const { article, warnings } = parse(deep);
    expect(article.blocks).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'after' }] }]);
    expect(warnings.some((warning) => warning.startsWith('dropped content nested deeper than'))).toBe(true);
  });
});

describe('parseArticleHtml: language and direction', () => {
  it('takes the article’s lang/dir from <html>/<body>, and keeps a block’s own where it differs', () => {
    const { article } = parse(
      '<html lang="en"><body><p>Hello</p><div lang="fa" dir="rtl"><p>سلام دنیا</p><blockquote><p>نقل قول</p></blockquote></div><p lang="en" dir="ltr">Back</p></body></html>',
    );
    expect(article.lang).toBe('en');
    expect(article.blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Hello' }] },
      { type: 'paragraph', lang: 'fa', dir: 'rtl', children: [{ type: 'text', text: 'سلام دنیا' }] },
      { type: 'quote', lang: 'fa', dir: 'rtl', children: [[{ type: 'text', text: 'نقل قول' }]] },
      { type: 'paragraph', dir: 'ltr', children: [{ type: 'text', text: 'Back' }] },
    ]);
  });

  it('keeps a phrase’s own language inside a paragraph', () => {
    const [block] = blocks(
      '<p lang="en">He called it <i lang="fr">la folie</i> and <span lang="ar" dir="rtl">مرحبا</span>, <span lang="en">then</span> left.</p>',
    );
    expect(block).toEqual({
      type: 'paragraph',
      lang: 'en',
      children: [
        { type: 'text', text: 'He called it ' },
        { type: 'text', text: 'la folie', marks: ['em'], lang: 'fr' },
        { type: 'text', text: ' and ' },
        { type: 'text', text: 'مرحبا', lang: 'ar', dir: 'rtl' },
        { type: 'text', text: ', then left.' },
      ],
    });
  });

  it('takes a lone <article lang dir> as the article’s language', () => {
    const { article } = parse('<article lang="ar" dir="rtl"><p>مرحبا</p></article>');
    expect(article).toEqual({
      lang: 'ar',
      dir: 'rtl',
      blocks: [{ type: 'paragraph', children: [{ type: 'text', text: 'مرحبا' }] }],
    });
  });

  it('ignores malformed lang and dir values', () => {
    const [block] = blocks('<p lang="en&quot;><script>" dir="sideways">x</p>');
    expect(block).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'x' }] });
  });
});

describe('parseArticleHtml: totality', () => {
  it('returns a typed error for input that is not a string', () => {
    const result = parseArticleHtml(42 as unknown as string);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid-input' }) });
  });

  it('ignores a baseUrl that is not http(s), and says so', () => {
    const result = parseArticleHtml('<a href="/x">x</a>', { baseUrl: 'javascript:alert(1)//' });
    expect(result.ok && result.warnings).toContain('ignored a baseUrl that is not an absolute http(s) URL');
    expect(result.ok && result.value.blocks).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'x' }] }]);
  });

  // 2,000 runs: 1,000 of arbitrary Unicode, 1,000 of random mixes of the tags this parser treats specially.
  it('never throws on arbitrary strings (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (input) => {
        const result = parseArticleHtml(input);
        expect(result.ok).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary tag soup (1,000 runs)', () => {
    const token = fc.oneof(
      fc.constantFrom(
        '<p>',
        '</p>',
        '<br>',
        '<a href="/x">',
        '<a href="javascript:alert(1)">',
        '</a>',
        '<ul><li>',
        '</li></ul>',
        '<blockquote class="twitter-tweet">',
        '<blockquote>',
        '</blockquote>',
        '<figure class="wp-block-pullquote">',
        '<figure>',
        '</figure>',
        '<figcaption>',
        '<cite>',
        '<img src="https://a.example/i.jpg" alt="i">',
        '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ">',
        '</iframe>',
        '<script>',
        '</script>',
        '<h2>',
        '<pre>',
        '&mdash; A (@a) <a href="https://twitter.com/a/status/1">May 1, 2020</a>',
        '<!--',
        '-->',
        '<![CDATA[',
        '<svg><a href="javascript:x">',
        '\n',
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        const result = parseArticleHtml(tokens.join(''), { baseUrl: 'https://news.example/a/' });
        expect(result.ok).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseArticleHtml: a whole WordPress article body', () => {
  const body = `
<!-- wp:paragraph -->
<p>The council voted on Tuesday to close the <a href="/tags/harbour">harbour</a> road for <strong>six weeks</strong>.</p>
<!-- /wp:paragraph -->
<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="683" src="https://news.example/wp-content/uploads/2024/05/harbour-1024x683.jpg" alt="The harbour road at dusk" class="wp-image-101" srcset="https://news.example/wp-content/uploads/2024/05/harbour-1024x683.jpg 1024w, https://news.example/wp-content/uploads/2024/05/harbour-300x200.jpg 300w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">The road at dusk. <span class="credit">Photo: Ann Lee</span></figcaption></figure>
<h2 class="wp-block-heading">What changes</h2>
<ul class="wp-block-list"><li>Buses divert via Quay Street</li><li>Parking suspended on the seafront</li></ul>
<figure class="wp-block-pullquote alignleft"><blockquote><p>We were never asked.</p><cite>A resident</cite></blockquote></figure>
<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">
<blockquote class="twitter-tweet" data-width="550" data-dnt="true"><p lang="en" dir="ltr">Road closure confirmed from Monday. Diversions signed. <a href="https://t.co/AbCdEf1234">pic.twitter.com/AbCdEf1234</a></p>&mdash; City Roads (@cityroads) <a href="https://twitter.com/cityroads/status/1786100000000000000?ref_src=twsrc%5Etfw">May 2, 2024</a></blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
</div></figure>
<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">
<iframe title="Harbour road works explained" width="640" height="360" src="https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed" frameborder="0" allow="accelerometer; autoplay" allowfullscreen></iframe>
</div></figure>
<hr class="wp-block-separator has-alpha-channel-opacity"/>
<p>Questions: <a href="mailto:roads@news.example">roads@news.example</a></p>`;

  it('comes out as the blocks a reader sees, in order', () => {
    const { article, warnings } = parse(body, 'https://news.example/2024/05/harbour-road/');
    expect(article.blocks.map((block) => block.type)).toEqual([
      'paragraph',
      'figure',
      'heading',
      'list',
      'pullquote',
      'tweet',
      'embed',
      'divider',
      'paragraph',
    ]);
    expect(article.blocks[0]).toMatchObject({
      children: expect.arrayContaining([
        { type: 'link', href: 'https://news.example/tags/harbour', children: [{ type: 'text', text: 'harbour' }] },
      ]),
    });
    expect(article.blocks[1]).toMatchObject({ width: 1024, height: 683, credit: 'Photo: Ann Lee' });
    expect(article.blocks[4]).toMatchObject({ attribution: 'A resident', align: 'start' });
    expect(article.blocks[6]).toEqual({
      type: 'embed',
      provider: 'youtube',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      title: 'Harbour road works explained',
    });
    expect(warnings).toEqual(['dropped HTML comments (×2)', 'dropped <script> and its content']);
  });
});
