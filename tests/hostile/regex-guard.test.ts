// A deterministic guard for CI (timings never gate it): no regular expression
// literal in src/ may have the two shapes that backtrack over the same
// characters again and again on a long run:
// - nested: an unboundedly repeated group that itself holds an unbounded
//   quantifier, `(?:\s*x+)+`;
// - restarting: no `^`, an unbounded run first and something after it,
//   `/ +$/` or `/\s*\n\s*/` — it restarts at every character of a run and
//   rescans the rest of it, n² steps for a run of n.
// Patterns built with `new RegExp` (the URL finder) are bounded another way:
// they only ever see pieces of a few kilobytes (model/tweet/text-entities).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// jsdom gives import.meta.url an http base; the file path is what we need.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.includes('.stories.') ? [path] : [];
  });
}

// A regex literal: after something that can't end an operand, `/…/flags` with classes and escapes inside.
const LITERAL = /(?<![\w)\]$])\/(?![/*])((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n[])+)\/([dgimsuvy]*)/g;

/** Escapes and classes as single atoms, so what is left is the pattern's structure. */
function structure(pattern: string): string {
  return pattern.replace(/\\./g, 'e').replace(/\[[^\]]*\]/g, 'C');
}

const unbounded = (s: string, i: number) => s[i] === '+' || s[i] === '*' || /^\{\d+,\}/.test(s.slice(i));

function isNested(pattern: string): boolean {
  const s = structure(pattern);
  const groups: boolean[] = [];
  for (let i = 0; i < s.length; i += 1) {
    if (s[i] === '(') groups.push(false);
    else if (s[i] === ')') {
      const inner = groups.pop() ?? false;
      if (inner && unbounded(s, i + 1)) return true;
      if (inner && groups.length > 0) groups[groups.length - 1] = true;
    } else if (unbounded(s, i) && groups.length > 0) groups[groups.length - 1] = true;
  }
  return false;
}

function restarts(pattern: string): boolean {
  const s = structure(pattern);
  if (s.startsWith('^')) return false;
  // The first atom (a char, an escape, a class or a group) and its quantifier.
  let end = 1;
  if (s[0] === '(') {
    let depth = 0;
    for (end = 0; end < s.length; end += 1) {
      if (s[end] === '(') depth += 1;
      if (s[end] === ')' && --depth === 0) break;
    }
    end += 1;
  }
  if (!unbounded(s, end)) return false;
  const after = s.slice(end).replace(/^(?:[+*]|\{\d+,\})\??/, '');
  return after !== '';
}

interface Found {
  file: string;
  pattern: string;
  shape: string;
}

function scan(): Found[] {
  const found: Found[] = [];
  for (const path of sources(join(root, 'src'))) {
    const file = relative(root, path);
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (/^\s*(\/\/|\*)/.test(line)) continue;
      for (const match of line.matchAll(LITERAL)) {
        const pattern = match[1] ?? '';
        const shapes = [isNested(pattern) && 'nested', restarts(pattern) && 'restarting'].filter(Boolean);
        if (shapes.length > 0) found.push({ file, pattern, shape: shapes.join('+') });
      }
    }
  }
  return found;
}

describe('regex guard', () => {
  it('recognises both shapes', () => {
    expect(isNested('(?:\\s*x+)+')).toBe(true);
    expect(isNested('(?:ab)+c*')).toBe(false);
    expect(restarts(' +$')).toBe(true);
    expect(restarts('\\s*\\n\\s*')).toBe(true);
    expect(restarts('[ \\t]+')).toBe(false);
    expect(restarts('^\\s+')).toBe(false);
    expect(restarts('https:\\/\\/t\\.co\\/[A-Za-z0-9]+$')).toBe(false);
    const line = "const text = last.text.replace(/ +$/, '').split(/[/,]+/g);";
    expect([...line.matchAll(LITERAL)].map((m) => m[1])).toEqual([' +$', '[/,]+']);
  });

  it('finds neither in src/', () => {
    expect(scan()).toEqual([]);
  });
});
