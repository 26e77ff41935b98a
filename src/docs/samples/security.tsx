import { parseArticleHtml, parseTweetEmbed } from 'broadsheet';

// A hostile embed: a javascript: link, an <img onerror> and a <script> inside the text.
const hostile =
  '<blockquote class="twitter-tweet"><p>Click <a href="javascript:alert(1)">here</a>' +
  '<img src=x onerror="alert(1)"><script>alert(2)</script> now</p>' +
  '&mdash; Desk (@desk) <a href="https://x.com/desk/status/1763504450565046316">March 1, 2024</a></blockquote>';

const tweet = parseTweetEmbed(hostile);
// tweet.value.body: text segments only — "Click here now"; no link, no image, no script.

const body = parseArticleHtml(
  '<p onclick="steal()">Hi <a href="vbscript:x">there</a></p><iframe src="//evil"></iframe>',
);

// body.value.blocks: one paragraph, "Hi there" as text; body.warnings says what was dropped.

export { body, tweet };
