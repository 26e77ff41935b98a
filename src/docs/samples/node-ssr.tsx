// server.tsx — plain Node SSR: HTML from renderToString, the stylesheet served as a file.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { parseSyndicationTweet, Tweet } from 'broadsheet';
import { renderToString } from 'react-dom/server';

const require = createRequire(import.meta.url);
const css = readFileSync(require.resolve('broadsheet/styles.css'), 'utf8');
const stored: unknown = JSON.parse(readFileSync('tweet.json', 'utf8')); // fetched once at publish time

createServer((_request, response) => {
  const result = parseSyndicationTweet(stored);
  const body = result.ok ? renderToString(<Tweet tweet={result.value} />) : '<p>This post is unavailable.</p>';
  response.setHeader('content-type', 'text/html; charset=utf-8');
  response.end(`<!doctype html><html lang="en"><style>${css}</style><body>${body}</body></html>`);
}).listen(3000);
