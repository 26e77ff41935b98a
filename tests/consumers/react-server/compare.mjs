// Runs with Node's default conditions in the consumer folder: turns each Flight
// payload from render-flight.mjs back into HTML the way an RSC app's SSR step
// does, renders the same element with react-dom directly, and compares.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import * as bs from 'broadsheet';
import { createElement, Fragment } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { createFromNodeStream } from 'react-server-dom-turbopack/client';
import { elements, withIslands } from './elements.mjs';

const server = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const html = async (node) => text((await prerenderToNodeStream(createElement(Fragment, null, node))).prelude);
const fromFlight = (payload) =>
  createFromNodeStream(Readable.from([payload]), { moduleMap: {}, serverModuleMap: null, moduleLoading: null });

assert.deepEqual(server.exports, Object.keys(bs), 'the react-server build exports what the default build exports');
const direct = elements(bs, createElement, process.env.BS_FIXTURES);
assert.deepEqual(Object.keys(server.flight), Object.keys(direct));
const components = Object.entries(bs)
  .filter(([name, value]) => /^[A-Z]/.test(name) && typeof value === 'function')
  .map(([name]) => name);
assert.deepEqual(Object.keys(direct).sort(), components.sort(), 'elements.mjs renders every exported component');
const sizes = [];
for (const [name, element] of Object.entries(direct)) {
  const rsc = await html(fromFlight(server.flight[name]));
  const ssr = await html(element);
  sizes.push(`${name} ${rsc.length} B`);
  if (!withIslands.includes(name)) {
    assert.equal(rsc, ssr, `${name}: the server-component rendering differs from react-dom's`);
    continue;
  }
  // The islands' stand-ins: the page as it is without JavaScript.
  assert.ok(ssr.includes('class="bs-listen"') || ssr.includes('bs-consent-bar'), `${name} renders an island`);
  assert.ok(!rsc.includes('class="bs-listen"'), `${name}: no player without a script to run it`);
  assert.ok(!rsc.includes('bs-consent-bar'), `${name}: no consent button without a script to run it`);
  const strip = (s) => s.replace(/<div class="bs-listen"[^>]*><button[^>]*>.*?<\/button><\/div>/g, '');
  if (name === 'Article') assert.equal(rsc, strip(ssr), 'the seed article is the same but for its player');
  if (name === 'ArticleBody') {
    assert.ok(rsc.includes('class="bs-consent"'), 'the consent gate keeps its text-only tweet');
    assert.ok(rsc.includes('The 07:40 ferry leaves on time'), 'the stored embed still shows its text');
    assert.ok(!rsc.includes('pbs.twimg.com'), 'nothing from X before the reader allows it');
  }
}
console.log(
  `react-server: ${Object.keys(direct).length} components rendered as server components (${sizes.join(', ')})`,
);
