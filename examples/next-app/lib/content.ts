// The pages' input, as an app would get it from its CMS: copied text, stored
// HTML and X's syndication JSON (examples/content, shared by the examples).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headers } from 'next/headers';

const dir = join(process.cwd(), '../content');
export const read = (name: string) => readFileSync(join(dir, name), 'utf8');

/** Where this server is reached, so the recording's URL is absolute (players accept http(s) URLs only). */
export async function origin(): Promise<string> {
  const host = (await headers()).get('host') ?? '127.0.0.1:3000';
  return `http://${host}`;
}
