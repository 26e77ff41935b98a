import { readFileSync } from 'node:fs';

const fixtures = new URL('../src/components/article/fixtures/', import.meta.url);

/** The seed article as copied off a page (two tweets, a "Listen to this story" line). */
export const seedText = readFileSync(new URL('seed.txt', fixtures), 'utf8');
/** A CMS body: headings, links, a pull quote, a stored tweet embed, a figure. */
export const cmsHtml = readFileSync(new URL('cms.html', fixtures), 'utf8');

/** An ordinary article of about `bytes`: the sample repeated whole, then cut at a paragraph break. */
export function articleOfSize(sample: string, bytes: number, separator: string): string {
  const whole = sample.trimEnd() + separator;
  let out = whole.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(whole))));
  while (Buffer.byteLength(out) < bytes) out += whole;
  return out;
}
