/** How a provider id from the parser reads in a sentence ("Skip YouTube embed"). */
const names: Record<string, string> = {
  youtube: 'YouTube',
  vimeo: 'Vimeo',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  spotify: 'Spotify',
  soundcloud: 'SoundCloud',
  facebook: 'Facebook',
  twitter: 'X',
  x: 'X',
  dailymotion: 'Dailymotion',
  bluesky: 'Bluesky',
  threads: 'Threads',
  mastodon: 'Mastodon',
  apple: 'Apple',
  applepodcasts: 'Apple Podcasts',
  googlemaps: 'Google Maps',
  datawrapper: 'Datawrapper',
  flourish: 'Flourish',
};

export function providerName(provider: string): string {
  const key = provider.toLowerCase().replace(/[^a-z]/g, '');
  return names[key] ?? provider;
}

/**
 * The still YouTube serves for a video: a third-party image, so it is shown
 * only when media is allowed. Other providers need an API call for theirs.
 */
export function youtubeThumbnail(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.replace(/^www\.|^m\./, '');
  let id: string | null = null;
  if (host === 'youtu.be') id = parsed.pathname.slice(1);
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    id = parsed.searchParams.get('v') ?? parsed.pathname.match(/^\/(?:embed|shorts|live)\/([^/]+)/)?.[1] ?? null;
  }
  return id && /^[\w-]{6,20}$/.test(id) ? `https://i.ytimg.com/vi/${id}/hqdefault.jpg` : undefined;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
