// A plain node:http server: /seed streams with renderToReadableStream, the
// other pages use renderToString. Run `npm run build` first (the browser's
// hydration script), then `npm start`.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArticleHtml, parseArticleText, parseSyndicationTweet } from 'broadsheet';
import { createElement } from 'react';
import { renderToReadableStream, renderToString } from 'react-dom/server';
import { silentWav } from '../content/silent-wav.mjs';
import { App } from './app.mjs';

const read = (path) => readFileSync(new URL(path, import.meta.url), 'utf8');
const port = Number(process.env.PORT ?? 3100);
const styles = readFileSync(fileURLToPath(import.meta.resolve('broadsheet/styles.css')));
const client = readFileSync(new URL('dist/client.js', import.meta.url));

/** The page's model: plain JSON, sent along for hydration. */
function model(page, origin) {
  if (page === 'seed') {
    // The copied text's "Listen To Story Above" line becomes the player for this recording.
    const parsed = parseArticleText(read('../content/seed.txt'), {
      audio: '/story.wav',
      audioTitle: 'Read by the newsroom',
      baseUrl: origin,
    });
    return parsed.ok ? parsed.value : undefined;
  }
  if (page === 'cms') {
    const parsed = parseArticleHtml(read('../content/cms.html'));
    return parsed.ok ? parsed.value : undefined;
  }
  if (page === 'tweet') return parseSyndicationTweet(JSON.parse(read('../content/tweet.json')));
  return null;
}

// JSON inside <script>: "<" escaped, so no text in the data can close the element.
const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');
const head = (title) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  '<link rel="stylesheet" href="/styles.css"></head><body><div id="root">';
const tail = (props) =>
  `</div><script id="props" type="application/json">${json(props)}</script>` +
  '<script type="module" src="/client.js"></script></body></html>';

const pages = { '/': 'home', '/seed': 'seed', '/tweet': 'tweet', '/cms': 'cms' };

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  const send = (type, body) => res.writeHead(200, { 'content-type': type }).end(body);
  if (url.pathname === '/styles.css') return send('text/css', styles);
  if (url.pathname === '/client.js') return send('text/javascript', client);
  if (url.pathname === '/story.wav') return send('audio/wav', silentWav());
  const page = pages[url.pathname];
  if (!page) return res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  const props = { page, model: model(page, url.origin) };
  const title = `Broadsheet: ${page}`;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  if (page !== 'seed') return res.end(head(title) + renderToString(createElement(App, props)) + tail(props));
  // Streaming: the shell goes out first, then React's stream, then the hydration data.
  res.write(head(title));
  const stream = await renderToReadableStream(createElement(App, props));
  await stream.allReady;
  Readable.fromWeb(stream)
    .on('end', () => res.end(tail(props)))
    .pipe(res, { end: false });
}).listen(port, '127.0.0.1', () => console.log(`node-ssr: http://127.0.0.1:${port}`));
