import { describe, expect, it } from 'vitest';
import { embedTarget, embedThumbnail, providerName } from '../../../src/model/article/embed-providers.js';

describe('embedTarget: known providers to a canonical page', () => {
  it.each([
    ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['//www.youtube.com/embed/dQw4w9WgXcQ?rel=0', 'youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    [
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90',
      'youtube',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=90s',
    ],
    ['https://youtu.be/dQw4w9WgXcQ?t=15', 'youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=15s'],
    [
      'https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share',
      'youtube',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    ],
    ['https://www.youtube.com/shorts/dQw4w9WgXcQ', 'youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    [
      'https://www.youtube.com/embed/videoseries?list=PLFgquLnL59alCl_2TQvOiD5Vgm1hCaGSI',
      'youtube',
      'https://www.youtube.com/playlist?list=PLFgquLnL59alCl_2TQvOiD5Vgm1hCaGSI',
    ],
    ['https://player.vimeo.com/video/76979871', 'vimeo', 'https://vimeo.com/76979871'],
    ['https://player.vimeo.com/video/76979871?h=8272103f6e&badge=0', 'vimeo', 'https://vimeo.com/76979871/8272103f6e'],
    ['https://vimeo.com/76979871', 'vimeo', 'https://vimeo.com/76979871'],
    [
      'https://www.instagram.com/p/CsZ0Ab1LpqX/embed/captioned/',
      'instagram',
      'https://www.instagram.com/p/CsZ0Ab1LpqX/',
    ],
    [
      'https://www.instagram.com/reel/C1a2B3c4D5e/?igsh=abc',
      'instagram',
      'https://www.instagram.com/reel/C1a2B3c4D5e/',
    ],
    [
      'https://www.tiktok.com/@scout2015/video/6718335390845095173?lang=en',
      'tiktok',
      'https://www.tiktok.com/@scout2015/video/6718335390845095173',
    ],
    [
      'https://www.tiktok.com/embed/v2/6718335390845095173',
      'tiktok',
      'https://www.tiktok.com/embed/v2/6718335390845095173',
    ],
    [
      'https://www.tiktok.com/player/v1/6718335390845095173?autoplay=1',
      'tiktok',
      'https://www.tiktok.com/embed/v2/6718335390845095173',
    ],
    [
      'https://open.spotify.com/embed/track/4cOdK2wGLETKBW3PvgPWqT?utm_source=generator',
      'spotify',
      'https://open.spotify.com/track/4cOdK2wGLETKBW3PvgPWqT',
    ],
    [
      'https://open.spotify.com/embed-podcast/episode/7makk4oTQel546B0PZlDM5',
      'spotify',
      'https://open.spotify.com/episode/7makk4oTQel546B0PZlDM5',
    ],
    [
      'https://w.soundcloud.com/player/?url=https%3A//soundcloud.com/artist/track-name',
      'soundcloud',
      'https://soundcloud.com/artist/track-name',
    ],
    [
      'https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/293&color=%23ff5500',
      'soundcloud',
      'https://w.soundcloud.com/player/?url=https%3A%2F%2Fapi.soundcloud.com%2Ftracks%2F293',
    ],
    [
      'https://platform.twitter.com/embed/Tweet.html?id=1734912328703807981',
      'x',
      'https://x.com/i/status/1734912328703807981',
    ],
    [
      'https://twitter.com/BBCPolitics/status/1734912328703807981?ref_src=twsrc',
      'x',
      'https://x.com/BBCPolitics/status/1734912328703807981',
    ],
    ['https://twitter.com/i/web/status/1734912328703807981', 'x', 'https://x.com/i/status/1734912328703807981'],
    ['https://x.com/YouGov/status/1734869700830515512/photo/1', 'x', 'https://x.com/YouGov/status/1734869700830515512'],
    [
      'https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fpage%2Fposts%2F123&width=500',
      'facebook',
      'https://www.facebook.com/page/posts/123',
    ],
    ['https://www.dailymotion.com/embed/video/x8abcd1', 'dailymotion', 'https://www.dailymotion.com/video/x8abcd1'],
    ['https://dai.ly/x8abcd1', 'dailymotion', 'https://www.dailymotion.com/video/x8abcd1'],
    [
      'https://embed.bsky.app/embed/did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3kgbz6gq5s22c',
      'bluesky',
      'https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3kgbz6gq5s22c',
    ],
    ['https://player.twitch.tv/?video=v1234567&parent=news.example', 'twitch', 'https://www.twitch.tv/videos/1234567'],
    ['https://datawrapper.dwcdn.net/aBc12/3/', 'datawrapper', 'https://datawrapper.dwcdn.net/aBc12/3/'],
    [
      'https://flo.uri.sh/visualisation/1234567/embed',
      'flourish',
      'https://public.flourish.studio/visualisation/1234567/',
    ],
    [
      'https://embed.podcasts.apple.com/us/podcast/the-daily/id1200361736?i=1000650000000',
      'apple-podcasts',
      'https://podcasts.apple.com/us/podcast/the-daily/id1200361736?i=1000650000000',
    ],
  ])('%s → %s %s', (src, provider, url) => {
    expect(embedTarget(src)).toEqual({ provider, url });
  });
});

describe('embedTarget: everything else is unknown', () => {
  it.each([
    ['a look-alike host', 'https://www.youtube.com.evil.example/embed/dQw4w9WgXcQ'],
    ['a host ending in the name', 'https://notyoutube.com/embed/dQw4w9WgXcQ'],
    ['a scheme other than http(s)', 'javascript://www.youtube.com/embed/dQw4w9WgXcQ%0aalert(1)'],
    ['a data: URL', 'data:text/html,<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ">'],
    ['a malformed video id', 'https://www.youtube.com/embed/<script>'],
    ['a provider page that is not an embed', 'https://www.youtube.com/feed/trending'],
    ['an unknown provider', 'https://video.example/embed/1'],
    ['a SoundCloud player pointing elsewhere', 'https://w.soundcloud.com/player/?url=https%3A//evil.example/x'],
    [
      'a Facebook plugin pointing elsewhere',
      'https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fevil.example%2F',
    ],
    ['no URL at all', 'not a url'],
  ])('%s', (_why, src) => {
    expect(embedTarget(src)).toBeUndefined();
  });

  it('accepts only strings', () => {
    expect(embedTarget(42)).toBeUndefined();
    expect(embedTarget(undefined)).toBeUndefined();
  });

  it('resolves a relative src against a base on a provider’s host', () => {
    expect(embedTarget('/embed/dQw4w9WgXcQ', 'https://www.youtube.com/')).toEqual({
      provider: 'youtube',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    });
  });
});

describe('the provider table', () => {
  it('names providers for readers, whatever spelling of the id a block carries', () => {
    expect(providerName('youtube')).toBe('YouTube');
    expect(providerName('apple-podcasts')).toBe('Apple Podcasts');
    expect(providerName('Apple Podcasts')).toBe('Apple Podcasts');
    expect(providerName('twitter')).toBe('X');
    expect(providerName('threads')).toBe('Threads');
    expect(providerName('unknown-site')).toBe('unknown-site');
  });

  it('names every provider embedTarget can return', () => {
    for (const url of ['https://youtu.be/dQw4w9WgXcQ', 'https://vimeo.com/76979871', 'https://dai.ly/x8abcd1']) {
      const target = embedTarget(url);
      expect(target).toBeDefined();
      expect(providerName(target?.provider ?? '')).not.toBe(target?.provider);
    }
  });

  it('gives YouTube’s still from the same id rule as the canonical URL, and nothing for other providers', () => {
    const still = 'https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg';
    expect(embedThumbnail('https://www.youtube.com/watch?v=dQw4w9WgXcQ')).toBe(still);
    expect(embedThumbnail('https://youtu.be/dQw4w9WgXcQ?t=30')).toBe(still);
    expect(embedThumbnail('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')).toBe(still);
    expect(embedThumbnail('https://m.youtube.com/shorts/dQw4w9WgXcQ')).toBe(still);
    // Not an 11-character video id, so not a video the canonical URL would name either.
    expect(embedThumbnail('https://www.youtube.com/watch?v=short')).toBeUndefined();
    expect(embedThumbnail('https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ')).toBeUndefined();
    expect(embedThumbnail('https://vimeo.com/76979871')).toBeUndefined();
    expect(embedThumbnail('not a url')).toBeUndefined();
  });
});
