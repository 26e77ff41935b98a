import { describe, expect, it } from 'vitest';
import { parseSyndicationTweet } from '../../../src/model/tweet/syndication.js';
import type { Tweet } from '../../../src/model/tweet/types.js';
import { describeShared, ownSyndication, readShared, sharedSyndication } from '../../shared.js';
import { checkTweet, type RawTweet } from '../syndication-check.js';

const real = sharedSyndication('syndication');
const authored = sharedSyndication('syndication-authored');
const goodAuthored = authored.filter(
  (f) => !['tombstone.json', 'empty-object.json', 'missing-user.json'].includes(f.file),
);

function parsed(payload: unknown): Tweet {
  const result = parseSyndicationTweet(payload);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function byFile(file: string): unknown {
  const fixture = authored.find((f) => f.file === file) ?? real.find((f) => f.key === file);
  if (fixture === undefined) throw new Error(`no fixture ${file}`);
  return fixture.payload;
}

describeShared('parseSyndicationTweet on recorded payloads', () => {
  it('has the 50 real payloads', () => {
    expect(real).toHaveLength(50);
  });

  it.each([...real, ...goodAuthored].map((f) => [`${f.file} ${f.key}`, f.payload] as const))(
    'parses %s without touching the input',
    (_name, payload) => {
      const before = structuredClone(payload);
      const result = parseSyndicationTweet(payload);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(payload).toEqual(before);
      checkTweet(payload as RawTweet, result.value);
      // Plain data only: a JSON round trip changes nothing.
      expect(JSON.parse(JSON.stringify(result.value))).toEqual(result.value);
    },
  );
});

describeShared('parseSyndicationTweet details, on recorded payloads', () => {
  it('decodes &gt; only after slicing, so the mentions after it keep their places', () => {
    const tweet = parsed(byFile('1954911556879388686'));
    const text = tweet.body.map((s) => s.text).join('');
    expect(text).toContain('0.13.4 -> 0.13.5');
    expect(tweet.body.filter((s) => s.type === 'mention').map((s) => s.text)).toEqual([
      '@sanxiaozhizi',
      '@boshen_c',
      '@TheAlexLichter',
    ]);
  });

  it('stops the shown range where a straddling media link starts (no stray first letter)', () => {
    const tweet = parsed(byFile('888045891658973185'));
    const text = tweet.body.map((s) => s.text).join('');
    expect(text.endsWith('(笑)) ')).toBe(true);
    expect(text).not.toMatch(/ h$/);
  });

  it('hides leading reply mentions and the trailing media link, and keeps the reply target and parent', () => {
    const tweet = parsed(byFile('1979149319237439870'));
    expect(tweet.body[0]).toEqual({ type: 'text', text: 'Huge thanks to all contributors\nfeaturing ' });
    expect(tweet.body.some((s) => s.type === 'media')).toBe(false);
    expect(tweet.inReplyTo).toEqual({ handle: 'ryoppippi', url: 'https://x.com/ryoppippi/status/1979148063546708405' });
    expect(tweet.parent?.id).toBe('1979148063546708405');
    expect(tweet.media.map((m) => m.type)).toEqual(['photo', 'photo']);
    expect(tweet.author.affiliate).toEqual({
      label: 'Rork',
      url: 'https://twitter.com/rork',
      badgeUrl: 'https://pbs.twimg.com/profile_images/2024413445236600832/nNHMz2Sc_bigger.jpg',
    });
    expect(tweet.author.verified).toBe('blue');
    expect(tweet.author.avatarShape).toBe('circle');
  });

  it('reads quoted tweets with their own video, sources highest bitrate first', () => {
    const tweet = parsed(byFile('1954545309339574496'));
    const video = tweet.quoted?.media[0];
    expect(video?.type).toBe('video');
    if (video?.type !== 'video') return;
    const rates = video.sources.map((s) => s.bitrate ?? -1);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    expect(video.sources[0]?.type).toBe('video/mp4');
  });

  it('marks note tweets whose full text is not in the payload as truncated', () => {
    expect(parsed(byFile('1986740701854335020')).truncated).toBe(true);
    expect(parsed(byFile('1979149319237439870')).truncated).toBeUndefined();
  });

  it('uses the full note text and its entities when the payload carries them', () => {
    const base = byFile('1986740701854335020') as Record<string, unknown>;
    const note = {
      text: 'Long &amp; full #ccusage text',
      entity_set: { hashtags: [{ indices: [16, 24], text: 'ccusage' }] },
    };
    const tweet = parsed({ ...base, note_tweet: { note_tweet_results: { result: note } } });
    expect(tweet.truncated).toBeUndefined();
    expect(tweet.body).toEqual([
      { type: 'text', text: 'Long & full ' },
      { type: 'hashtag', text: '#ccusage', href: 'https://x.com/hashtag/ccusage' },
      { type: 'text', text: ' text' },
    ]);
  });

  it('drops the quote permalink when X sent it as a url entity too', () => {
    const base = byFile('1911049580936143281') as { entities: { urls: unknown[] } } & Record<string, unknown>;
    const permalink = {
      display_url: 'x.com/ryoppippi/stat…',
      expanded_url: 'https://twitter.com/ryoppippi/status/1911041370157883834',
      indices: [83, 106],
      url: 'https://t.co/AofDXmBGi6',
    };
    // Shown in full: X usually hides the permalink with display_text_range, but not always.
    const tweet = parsed({
      ...base,
      display_text_range: [0, 106],
      entities: { ...base.entities, urls: [...base.entities.urls, permalink] },
    });
    expect(tweet.quoted?.id).toBe('1911041370157883834');
    expect(tweet.body[tweet.body.length - 1]).toEqual({
      type: 'text',
      text: '\npackagephobia works finally.\nThis is a great visualization',
    });
  });

  it("drops the quote card's bare t.co link from the text, looking only at its end", () => {
    const user = (handle: string) => ({ name: handle.toUpperCase(), screen_name: handle });
    const quoting = (text: string) =>
      parsed({ id_str: '1', user: user('a'), text, quoted_tweet: { id_str: '2', user: user('b'), text: 'quoted' } });
    const text = (tweet: Tweet) => tweet.body.map((segment) => segment.text).join('');
    expect(text(quoting('look at this https://t.co/abc  '))).toBe('look at this');
    // X never puts a page of white space after its link: past 1,000 characters of it, the link stays.
    const far = `look https://t.co/abc${' '.repeat(2000)}`;
    expect(text(quoting(far))).toBe(far);
    const spaces = `a${' '.repeat(99_999)}`;
    expect(text(quoting(spaces))).toBe(spaces);
  });

  it('maps X-only language codes to dir auto', () => {
    const tweet = parsed(byFile('1983723447588155422'));
    expect(tweet.lang).toBe('zxx');
    expect(tweet.dir).toBe('auto');
  });

  it('reads a large link card with its expanded URL and a business badge', () => {
    const tweet = parsed(byFile('card-summary-large-image.json'));
    expect(tweet.card).toEqual({
      url: 'https://example-news.org/harbour/barriers-explained',
      layout: 'large',
      title: 'How the harbour flood barriers work',
      description: 'Six diagrams explain the gates, the pumps and the tide tables behind the city’s defences.',
      domain: 'example-news.org',
      image: {
        url: 'https://pbs.twimg.com/card_img/1/barrier?format=jpg&name=800x419',
        alt: 'Diagram of a flood barrier',
        width: 800,
        height: 419,
      },
    });
    expect(tweet.author.verified).toBe('business');
    expect(tweet.author.avatarShape).toBe('square');
    expect(tweet.counts).toEqual({ likes: 1520, replies: 48 });
  });

  it('reads an ended poll with string counts', () => {
    const tweet = parsed(byFile('poll-ended.json'));
    expect(tweet.poll).toEqual({
      choices: [
        { label: 'North bridge', count: 1204 },
        { label: 'Ferry', count: 388 },
        { label: 'Tunnel', count: 2977 },
      ],
      total: 4569,
      endsAt: '2025-01-11T12:00:00.000Z',
      ended: true,
    });
    expect(tweet.card).toBeUndefined();
  });

  it('ends a poll by X’s own word, or by the clock only when the caller gives one: the same payload parses the same tomorrow', () => {
    const base = byFile('poll-ended.json') as { card: { binding_values: Record<string, unknown> } };
    const { counts_are_final: _final, ...values } = base.card.binding_values;
    const open = { ...base, card: { ...base.card, binding_values: values } };
    const ended = (options?: { now: number }) => {
      const result = parseSyndicationTweet(open, options);
      return result.ok ? result.value.poll?.ended : undefined;
    };
    expect(ended()).toBe(false);
    expect(ended({ now: Date.parse('2025-01-11T11:59:59Z') })).toBe(false);
    expect(ended({ now: Date.parse('2025-01-11T12:00:00Z') })).toBe(true);
    expect(parseSyndicationTweet(byFile('poll-ended.json'), { now: 0 })).toMatchObject({
      ok: true,
      value: { poll: { ended: true } },
    });
  });

  it('reads a right-to-left Persian tweet', () => {
    const tweet = parsed(byFile('rtl-persian.json'));
    expect(tweet.dir).toBe('rtl');
    expect(tweet.body.filter((s) => s.type !== 'text')).toEqual([
      { type: 'hashtag', text: '#بندر', href: 'https://x.com/hashtag/%D8%A8%D9%86%D8%AF%D8%B1' },
      { type: 'mention', text: '@harbourwx', href: 'https://x.com/harbourwx' },
    ]);
  });

  it('reads an animated GIF as a looping gif', () => {
    const tweet = parsed(byFile('animated-gif.json'));
    expect(tweet.media).toEqual([
      {
        type: 'gif',
        poster: 'https://pbs.twimg.com/tweet_video_thumb/GiF0000001.jpg',
        width: 480,
        height: 270,
        sources: [{ url: 'https://video.twimg.com/tweet_video/GiF0000001.mp4', type: 'video/mp4', bitrate: 0 }],
        loop: true,
      },
    ]);
    expect(tweet.body).toEqual([{ type: 'text', text: 'When the tide gauge finally updates' }]);
  });

  it.each([
    ['tombstone.json', 'deleted'],
    ['empty-object.json', 'invalid-payload'],
    ['missing-user.json', 'invalid-payload'],
  ])('rejects %s with %s', (file, code) => {
    const result = parseSyndicationTweet(byFile(file));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(20);
    }
  });

  it.each([
    ['This Post was deleted by the Post author. Learn more', 'deleted'],
    ['This Post is from an account that no longer exists. Learn more', 'deleted'],
    [
      'You’re unable to view this Post because this account owner limits who can view their Posts. Learn more',
      'protected',
    ],
    ['This Post is from a suspended account. Learn more', 'unavailable'],
    [undefined, 'unavailable'],
  ])('reads the tombstone %j as %s', (text, code) => {
    const tombstone = text === undefined ? {} : { text: { text, entities: [], rtl: false } };
    const result = parseSyndicationTweet({ __typename: 'TweetTombstone', tombstone });
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  describeShared('a recorded tombstone', () => {
    it('reads the documented tombstone of a deleted post as deleted', () => {
      const [doc] = Object.values(
        JSON.parse(readShared('fixtures/syndication-extra/emusks-doc-examples.json')) as Record<string, unknown>,
      );
      expect(parseSyndicationTweet(doc)).toMatchObject({ ok: false, error: { code: 'deleted' } });
    });
  });

  it.each([null, undefined, 42, 'tweet', [], [{}]])('rejects the non-object %j', (value) => {
    const result = parseSyndicationTweet(value);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('drops a javascript: expanded URL back to its t.co link, and an unusable one to text', () => {
    const base = byFile('card-summary-large-image.json') as Record<string, unknown>;
    const entity = { display_url: 'evil.example', expanded_url: 'javascript:alert(1)', indices: [58, 81] };
    const withTco = parsed({ ...base, card: undefined, entities: { urls: [{ ...entity, url: 'https://t.co/x' }] } });
    expect(withTco.body[1]).toEqual({ type: 'url', text: 'evil.example', href: 'https://t.co/x' });
    const bare = parsed({ ...base, card: undefined, entities: { urls: [{ ...entity, url: 'data:text/html,x' }] } });
    expect(bare.body).toEqual([
      { type: 'text', text: 'New: how the harbour flood barriers work, in six diagrams evil.example' },
    ]);
  });

  it('keeps text and warns when an entity’s indices do not point at it', () => {
    const base = byFile('rtl-persian.json') as Record<string, unknown>;
    const result = parseSyndicationTweet({ ...base, entities: { hashtags: [{ indices: [0, 5], text: 'بندر' }] } });
    expect(result.ok && result.value.body.every((s) => s.type === 'text')).toBe(true);
    expect(result.ok && result.warnings.length).toBe(1);
  });
});

describe('parseSyndicationTweet on the project’s payloads', () => {
  const own = ownSyndication();
  const tweets = own.filter((f) => f.key !== 'tombstone');
  const byKey = (key: string) => {
    const fixture = own.find((f) => f.key === key);
    if (fixture === undefined) throw new Error(`no fixture ${key}`);
    return parsed(fixture.payload);
  };

  it.each(tweets.map((f) => [f.key, f.payload] as const))('parses %s without touching the input', (_key, payload) => {
    const before = structuredClone(payload);
    const result = parseSyndicationTweet(payload);
    expect(result.ok && result.warnings).toEqual([]);
    if (!result.ok) return;
    expect(payload).toEqual(before);
    checkTweet(payload as RawTweet, result.value);
    expect(JSON.parse(JSON.stringify(result.value))).toEqual(result.value);
  });

  it('reads one to four photos with their sizes and alt text', () => {
    for (const [key, count] of [
      ['photo-1', 1],
      ['photos-2', 2],
      ['photos-3', 3],
      ['photos-4', 4],
    ] as const) {
      const media = byKey(key).media ?? [];
      expect(media.map((m) => m.type)).toEqual(Array(count).fill('photo'));
      for (const photo of media) expect(photo).toMatchObject({ width: expect.any(Number), alt: expect.any(String) });
    }
    expect(byKey('photos-4').media?.[0]).toMatchObject({ width: 1920, height: 1080, alt: 'The quay at 20:00' });
    expect(byKey('legacy-photos').media).toEqual([
      {
        type: 'photo',
        url: 'https://pbs.twimg.com/media/OldLight01.jpg',
        width: 1024,
        height: 768,
        alt: 'A white lighthouse on a rock',
      },
    ]);
  });

  it('reads a video with its sources, highest bitrate first and the stream last, and a GIF that loops', () => {
    const [video] = byKey('video').media ?? [];
    expect(video).toMatchObject({ type: 'video', width: 1280, height: 720, durationMs: 31500 });
    const sources = video?.type === 'video' ? video.sources : [];
    expect(sources.map((s) => s.bitrate)).toEqual([2176000, 832000, undefined]);
    expect(sources.at(-1)?.type).toBe('application/x-mpegURL');
    expect(byKey('gif').media?.[0]).toMatchObject({ type: 'gif', loop: true });
  });

  it('reads a quote with its own photo, dropping the permalink the quote card replaces', () => {
    const tweet = byKey('quote');
    expect(tweet.body).toEqual([{ type: 'text', text: 'This is why the gates were shut.' }]);
    expect(tweet.quoted?.author.handle).toBe('coastalmet');
    expect(tweet.quoted?.media?.[0]?.type).toBe('photo');
  });

  it('hides the leading reply mention and keeps the parent', () => {
    const tweet = byKey('reply');
    expect(tweet.body[0]).toEqual({ type: 'text', text: 'Yes, until 16:10. After that the water comes back fast.' });
    expect(tweet.parent?.author.handle).toBe('rowanpike');
    expect(tweet.parent?.body[0]?.text).toBe('Is the causeway safe to walk this afternoon?');
  });

  it('marks a note tweet without its full text as truncated, and uses the full text when it is there', () => {
    expect(byKey('note-truncated').truncated).toBe(true);
    const full = byKey('note-full');
    expect(full.truncated).toBeUndefined();
    expect(full.body.map((s) => s.text).join('')).toMatch(/night shift\.$/);
    expect(full.body.find((s) => s.type === 'mention')?.text).toBe('@PortCrewsNorth');
  });

  it('reads entities by code point after emoji, and decodes &gt; and &amp; only after slicing', () => {
    const tweet = byKey('entities');
    expect(tweet.body.filter((s) => s.type !== 'text').map((s) => [s.type, s.text])).toEqual([
      ['mention', '@PortCrewsNorth'],
      ['hashtag', '#StormWatch'],
      ['cashtag', '$FERY'],
      ['url', 'harbour.example.org/timetable'],
    ]);
    const escaped = byKey('escaped-text');
    expect(escaped.body[0]?.text).toBe('Tide > 5.2 m at noon & rising. Stay off the sea wall, ');
    expect(escaped.body[1]).toMatchObject({ type: 'mention', text: '@harbourauth' });
  });

  it('reads a large link card, an ended poll, badges and an affiliate label', () => {
    const card = byKey('card');
    expect(card.card).toMatchObject({
      layout: 'large',
      title: 'How the flood gates work',
      url: 'https://estuarypost.example/gates-explained',
    });
    expect(card.author).toMatchObject({ verified: 'business', avatarShape: 'square' });
    const poll = byKey('poll').poll;
    expect(poll).toMatchObject({ ended: true, total: 2103 });
    expect(poll?.choices.map((c) => c.label)).toEqual(['Yes', 'No', 'A light & a bell']);
    expect(byKey('escaped-text').author.verified).toBe('government');
    expect(byKey('affiliate').author.affiliate).toMatchObject({
      label: 'The Estuary Post',
      url: 'https://twitter.com/estuarypost',
    });
  });

  it('reads Japanese with a full-width hashtag, and Persian right to left', () => {
    const ja = byKey('japanese');
    expect(ja).toMatchObject({ lang: 'ja', dir: 'ltr' });
    expect(ja.body.at(-1)).toMatchObject({ type: 'hashtag', text: '＃港町' });
    expect(byKey('persian')).toMatchObject({ lang: 'fa', dir: 'rtl' });
  });

  it('rejects a tombstone of a deleted post as deleted, with its reason', () => {
    const tombstone = own.find((f) => f.key === 'tombstone')?.payload;
    const result = parseSyndicationTweet(tombstone);
    expect(result).toMatchObject({ ok: false, error: { code: 'deleted' } });
    expect(!result.ok && result.error.message).toMatch(/deleted by the Post author/);
  });

  it.each([null, undefined, 42, 'tweet', [], [{}], {}])('rejects the non-tweet %j', (value) => {
    const result = parseSyndicationTweet(value);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});
