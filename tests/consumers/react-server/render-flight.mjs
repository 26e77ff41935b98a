// Runs under `node --conditions=react-server`, from inside the consumer folder,
// so `broadsheet` is the unpacked tarball and React is its server build. Renders
// every element to React's Flight format (what an RSC runtime sends) and prints
// them as JSON: { name: flight }.
import { Writable } from 'node:stream';
import * as bs from 'broadsheet';
import { createElement } from 'react';
import { renderToPipeableStream } from 'react-server-dom-turbopack/server';
import { elements } from './elements.mjs';

function flight(element) {
  return new Promise((resolve, reject) => {
    let text = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        text += chunk;
        done();
      },
    });
    sink.on('finish', () => resolve(text));
    // No client references: an island reached here is the stand-in, a plain server component.
    renderToPipeableStream(element, {}, { onError: reject }).pipe(sink);
  });
}

const out = {};
for (const [name, element] of Object.entries(elements(bs, createElement, process.env.BS_FIXTURES))) {
  out[name] = await flight(element);
}
process.stdout.write(JSON.stringify({ exports: Object.keys(bs), flight: out }));
