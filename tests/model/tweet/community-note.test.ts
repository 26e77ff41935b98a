import { describe, expect, it } from 'vitest';
import { parseSyndicationTweet } from '../../../src/model/tweet/syndication.js';
import { communityNote } from '../social-fixtures.js';

const payload = communityNote['1790000000000000001'] as Record<string, unknown>;

describe('Community Notes (birdwatch_pivot)', () => {
  it('reads the note under the tweet: its text, its link and the note page', () => {
    const result = parseSyndicationTweet(payload);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.warnings).toEqual([]);
    expect(result.value.note).toEqual({
      title: 'Readers added context they thought people might want to know',
      url: 'https://twitter.com/i/birdwatch/n/1790000000000000099',
      id: '1790000000000000099',
      body: [
        { type: 'text', text: "The town's river flooded in 1953 and 2007, according to the county's records. " },
        { type: 'url', text: 'example.org/floods', href: 'https://example.org/floods' },
      ],
    });
  });

  it('leaves out a note without a link or text, with a warning', () => {
    const pivot = structuredClone(payload.birdwatch_pivot) as Record<string, unknown>;
    pivot.destinationUrl = 'javascript:alert(1)';
    pivot.callToAction = { destinationUrl: 'data:text/html,x' };
    const result = parseSyndicationTweet({ ...payload, birdwatch_pivot: pivot });
    expect(result.ok && result.value.note).toBeUndefined();
    expect(result.ok && result.warnings).toEqual(['Community Note: left out, it has no text or no link to the note.']);
  });

  it('keeps the text when a link range lies outside it', () => {
    const pivot = structuredClone(payload.birdwatch_pivot) as { subtitle: { entities: { toIndex: number }[] } };
    const [entity] = pivot.subtitle.entities;
    if (entity) entity.toIndex = 5000;
    const result = parseSyndicationTweet({ ...payload, birdwatch_pivot: pivot });
    expect(result.ok && result.value.note?.body).toEqual([
      {
        type: 'text',
        text: "The town's river flooded in 1953 and 2007, according to the county's records. example.org/floods",
      },
    ]);
  });
});
