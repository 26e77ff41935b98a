/**
 * Copies of one page differ in where the signature sits: on its own line, glued to the tweet's text
 * (`…text— Name (@h) Date`) or inline after a space. Whichever it is, the same tweets must come out.
 * Over the seed and the shared real-world texts when ../shared is there, and always over this project's
 * own texts in five languages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../src/model/article/text.js';
import { findSignatures } from '../../src/model/tweet/text.js';
import { languages, signature } from '../fixtures/real-world-classes.js';
import { sharedDir } from '../shared.js';
import { tweetText } from './checks.js';

function sharedTexts(): [string, string][] {
  const seed = resolve(sharedDir, 'seed/000_f1c18b08bdf2db6f.txt');
  const texts = resolve(sharedDir, 'fixtures/real-world/texts.json');
  if (!existsSync(seed) || !existsSync(texts)) {
    console.log(`glued-signature property: ${sharedDir} is missing, so it runs on this project's own texts only`);
    return [];
  }
  const cases = (JSON.parse(readFileSync(texts, 'utf8')) as { texts: { name: string; text: string }[] }).texts;
  return [
    ['the seed article', readFileSync(seed, 'utf8')],
    ...cases.map((entry): [string, string] => [entry.name, entry.text]),
  ];
}

// Our own: each language's story with a two-line tweet and a one-line tweet, one line per paragraph, and
// a blank-line copy of it where each tweet and its signature are one paragraph of the page.
const own = languages.flatMap((language): [string, string][] => {
  const { lang, prose, prose2, tweet, tweet2, name, date } = language;
  const first = `${tweet2}\n${tweet}\n${signature(language)}`;
  const second = `${tweet2}\n— ${name} (@city_news) ${date}`;
  return [
    [`${lang}, one line per paragraph`, [prose, first, prose2, second].join('\n')],
    [`${lang}, blank lines between paragraphs`, [prose, first, prose2, second].join('\n\n')],
  ];
});

/** What the tweets of a text are: author, date and words. */
function tweetsOf(text: string): string[] {
  const parsed = parseArticleText(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.blocks.flatMap((block) =>
    block.type === 'tweet'
      ? [`@${block.tweet.author.handle} ${block.tweet.createdAt ?? '-'} ${tweetText(block.tweet)}`]
      : [],
  );
}

/** The text's lines with every signature on a line of its own (split where a copy glued or inlined it). */
function signatureLines(text: string): { lines: string[]; signatures: Set<number> } {
  const lines: string[] = [];
  const signatures = new Set<number>();
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    let at = 0;
    for (const found of findSignatures(line)) {
      if (line.slice(at, found.start).trim() !== '') lines.push(line.slice(at, found.start).trimEnd());
      signatures.add(lines.length);
      lines.push(line.slice(found.start, found.end).trim());
      at = found.end;
    }
    if (at === 0 || line.slice(at).trim() !== '') lines.push(at === 0 ? line : line.slice(at).trim());
  }
  return { lines, signatures };
}

type Joint = 'keep' | 'glue' | 'inline';

/**
 * The text again, each signature joined to the line of text above it as chosen: kept on its line, glued
 * (the line break before `—` removed) or inline (a space instead). A signature below a blank line is not
 * on the text's line in any copy, so it stays.
 */
function rejoin(lines: readonly string[], signatures: ReadonlySet<number>, choose: (index: number) => Joint): string {
  let text = lines[0] ?? '';
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const joint = signatures.has(index) && lines[index - 1] !== '' ? choose(index) : 'keep';
    text += (joint === 'glue' ? '' : joint === 'inline' ? ' ' : '\n') + line;
  }
  return text;
}

describe.each([...sharedTexts(), ...own])('%s', (_name, text) => {
  const { lines, signatures } = signatureLines(text);
  const places = [...signatures].filter((index) => index > 0 && lines[index - 1] !== '');
  const expected = tweetsOf(text);

  it('reads the same tweets with every signature on a line of its own', () => {
    expect(tweetsOf(rejoin(lines, signatures, () => 'keep'))).toEqual(expected);
  });

  it('yields the same tweets with each signature on its line, glued or inline (200 runs)', () => {
    const joint = fc.constantFrom<Joint>('keep', 'glue', 'inline');
    fc.assert(
      fc.property(fc.array(joint, { minLength: places.length, maxLength: places.length }), (picks) => {
        const chosen = new Map(places.map((place, index) => [place, picks[index] ?? 'keep'] as const));
        expect(tweetsOf(rejoin(lines, signatures, (index) => chosen.get(index) ?? 'keep'))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
