import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  findReplyHandle,
  findTextEntities,
  type TextEntity,
  textToSegments,
} from '../../../src/model/tweet/text-entities.js';
import { describeShared, readShared } from '../../shared.js';

interface Case {
  description: string;
  text: string;
  expected: unknown;
}

/** X's indices count code points. */
function indices(text: string, entity: TextEntity): [number, number] {
  const start = Array.from(text.slice(0, entity.start)).length;
  return [start, start + Array.from(text.slice(entity.start, entity.end)).length];
}

function ofType(text: string, type: TextEntity['type']): TextEntity[] {
  return findTextEntities(text).filter((entity) => entity.type === type);
}

const mentionsOnly = (text: string) => ofType(text, 'mention').filter((entity) => !entity.value.includes('/'));

// What each conformance section calls its expected value, computed from our entities.
const sections: Record<string, { category: string; actual: (text: string) => unknown }> = {
  mentions: { category: 'mention', actual: (text) => mentionsOnly(text).map((e) => e.value) },
  mentions_with_indices: {
    category: 'mention',
    actual: (text) => mentionsOnly(text).map((e) => ({ screen_name: e.value, indices: indices(text, e) })),
  },
  mentions_or_lists_with_indices: {
    category: 'mention',
    actual: (text) =>
      ofType(text, 'mention').map((e) => {
        const [name = '', slug] = e.value.split('/');
        return { screen_name: name, list_slug: slug ? `/${slug}` : '', indices: indices(text, e) };
      }),
  },
  replies: { category: 'mention', actual: (text) => findReplyHandle(text) ?? null },
  hashtags: { category: 'hashtag', actual: (text) => ofType(text, 'hashtag').map((e) => e.value) },
  hashtags_from_astral: { category: 'hashtag', actual: (text) => ofType(text, 'hashtag').map((e) => e.value) },
  hashtags_with_indices: {
    category: 'hashtag',
    actual: (text) => ofType(text, 'hashtag').map((e) => ({ hashtag: e.value, indices: indices(text, e) })),
  },
  cashtags: { category: 'cashtag', actual: (text) => ofType(text, 'cashtag').map((e) => e.value) },
  cashtags_with_indices: {
    category: 'cashtag',
    actual: (text) => ofType(text, 'cashtag').map((e) => ({ cashtag: e.value, indices: indices(text, e) })),
  },
  urls: { category: 'url', actual: (text) => ofType(text, 'url').map((e) => e.value) },
  tco_urls_with_params: { category: 'url', actual: (text) => ofType(text, 'url').map((e) => e.value) },
  urls_with_indices: {
    category: 'url',
    actual: (text) => ofType(text, 'url').map((e) => ({ url: e.value, indices: indices(text, e) })),
  },
  urls_with_directional_markers: {
    category: 'url',
    actual: (text) => ofType(text, 'url').map((e) => ({ url: e.value, indices: indices(text, e) })),
  },
};

describeShared("X's twitter-text extract conformance suite", () => {
  const suite = parse(readShared('fixtures/twitter-text/extract.yml')) as { tests: Record<string, Case[]> };

  it('finds at least 95 % of the mention, hashtag, cashtag and URL cases in each category', () => {
    const tally: Record<string, { passed: number; total: number; failed: string[] }> = {};
    for (const [section, cases] of Object.entries(suite.tests)) {
      const spec = sections[section];
      expect(spec, `unknown section ${section}`).toBeDefined();
      if (spec === undefined) continue;
      tally[spec.category] ??= { passed: 0, total: 0, failed: [] };
      const bucket = tally[spec.category] ?? { passed: 0, total: 0, failed: [] };
      for (const testCase of cases) {
        bucket.total += 1;
        const actual = spec.actual(testCase.text);
        if (JSON.stringify(actual) === JSON.stringify(testCase.expected)) bucket.passed += 1;
        else bucket.failed.push(`${section}: ${testCase.description} → ${JSON.stringify(actual)}`);
      }
    }
    const passed = Object.values(tally).reduce((sum, b) => sum + b.passed, 0);
    const total = Object.values(tally).reduce((sum, b) => sum + b.total, 0);
    for (const [category, bucket] of Object.entries(tally)) {
      console.log(`twitter-text conformance ${category}: ${bucket.passed}/${bucket.total}`);
      for (const failure of bucket.failed) console.log(`  ✗ ${failure}`);
    }
    console.log(`twitter-text conformance overall: ${passed}/${total} (${((100 * passed) / total).toFixed(1)} %)`);

    expect(total).toBe(238);
    for (const bucket of Object.values(tally)) expect(bucket.passed / bucket.total).toBeGreaterThanOrEqual(0.95);
  });
});

describe('textToSegments', () => {
  it('links entities and keeps the rest as text', () => {
    expect(textToSegments('Gates shut #StormWatch via @CityRiverOps, $TSLA up: example.com/x.')).toEqual([
      { type: 'text', text: 'Gates shut ' },
      { type: 'hashtag', text: '#StormWatch', href: 'https://x.com/hashtag/StormWatch' },
      { type: 'text', text: ' via ' },
      { type: 'mention', text: '@CityRiverOps', href: 'https://x.com/CityRiverOps' },
      { type: 'text', text: ', ' },
      { type: 'cashtag', text: '$TSLA', href: 'https://x.com/search?q=%24TSLA' },
      { type: 'text', text: ' up: ' },
      { type: 'url', text: 'example.com/x', href: 'https://example.com/x' },
      { type: 'text', text: '.' },
    ]);
  });

  it('makes pic.twitter.com links media', () => {
    expect(textToSegments('past… pic.twitter.com/7NDbgdyU1u')[1]).toEqual({
      type: 'media',
      text: 'pic.twitter.com/7NDbgdyU1u',
      href: 'https://pic.twitter.com/7NDbgdyU1u',
    });
  });

  it('never links javascript: or data: text', () => {
    const segments = textToSegments('javascript:alert(1) data:text/html,<b>x</b> vbscript:msgbox');
    expect(segments).toEqual([{ type: 'text', text: 'javascript:alert(1) data:text/html,<b>x</b> vbscript:msgbox' }]);
  });

  // Totality on runs that could make a regex backtrack; their timing is the bench's linearity report, not a CI gate.
  it('finds nothing and stays total on long runs that could make a regex backtrack', () => {
    for (const text of [
      'a.'.repeat(20_000),
      `http://${'a-'.repeat(20_000)}`,
      `#${'_'.repeat(40_000)}`,
      `x.com/${'.'.repeat(40_000)}`,
    ]) {
      expect(Array.isArray(findTextEntities(text))).toBe(true);
    }
  });
});
