/**
 * Third-party embeds we recognise, in one table: id, the name readers see,
 * hosts, the canonical page URL, and the still a provider serves without an
 * API call. An article never renders the provider's iframe: it keeps who the
 * provider is and a canonical page URL, so the body can show a link card (or
 * a consent-gated player) instead of running their script.
 */
import { safeHttpUrl } from '../shared/url-fast.js';
import { parseStatusUrl, statusUrl } from '../tweet/links.js';

export interface EmbedTarget {
  /** A stable lowercase id (`youtube`, `vimeo`…): a key for consent; components name it for readers. */
  provider: string;
  /** A page a reader can open; always https. */
  url: string;
}

interface Provider {
  id: string;
  /** How the provider reads in a sentence ("Skip YouTube embed"). */
  name: string;
  /** Other ids hand-built blocks use for it. */
  aliases?: readonly string[];
  hosts: readonly string[];
  /** The canonical page for a URL on one of `hosts`, or undefined when it names nothing we can open. */
  canonical?: (url: URL) => string | undefined;
  /** The provider's still for its canonical page URL, where one is known without an API call. */
  thumbnail?: (canonical: URL) => string | undefined;
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const DIGITS = /^[0-9]{1,20}$/;
const TOKEN = /^[A-Za-z0-9_-]{1,64}$/;
const SPOTIFY_KINDS = new Set(['track', 'album', 'playlist', 'episode', 'show', 'artist']);

function segments(url: URL): string[] {
  return url.pathname.split('/').filter((part) => part !== '');
}

function youtube(url: URL): string | undefined {
  const parts = segments(url);
  let id: string | undefined;
  if (url.hostname === 'youtu.be') id = parts[0];
  else if (parts[0] === 'watch') id = url.searchParams.get('v') ?? undefined;
  else if (parts[0] === 'embed' && parts[1] === 'videoseries') {
    const list = url.searchParams.get('list');
    return list && TOKEN.test(list) ? `https://www.youtube.com/playlist?list=${list}` : undefined;
  } else if (parts[0] === 'embed' || parts[0] === 'shorts' || parts[0] === 'live' || parts[0] === 'v') id = parts[1];
  if (!id || !YOUTUBE_ID.test(id)) return undefined;
  // Embeds say `start=90`, watch links `t=90s`; both mean "start here".
  const start = url.searchParams.get('start') ?? url.searchParams.get('t')?.replace(/s$/, '');
  const offset = start && /^[0-9]{1,6}$/.test(start) && start !== '0' ? `&t=${start}s` : '';
  return `https://www.youtube.com/watch?v=${id}${offset}`;
}

function vimeo(url: URL): string | undefined {
  const parts = segments(url);
  const id = url.hostname === 'player.vimeo.com' ? (parts[0] === 'video' ? parts[1] : undefined) : parts[0];
  if (!id || !DIGITS.test(id)) return undefined;
  // Unlisted videos need their privacy hash to be viewable.
  const hash = url.searchParams.get('h') ?? (url.hostname === 'player.vimeo.com' ? undefined : parts[1]);
  return hash && /^[0-9a-f]{6,20}$/.test(hash) ? `https://vimeo.com/${id}/${hash}` : `https://vimeo.com/${id}`;
}

function instagram(url: URL): string | undefined {
  const [kind, code] = segments(url);
  if (!kind || !code || !['p', 'reel', 'tv'].includes(kind) || !TOKEN.test(code)) return undefined;
  return `https://www.instagram.com/${kind}/${code}/`;
}

function tiktok(url: URL): string | undefined {
  const parts = segments(url);
  const user = parts[0]?.startsWith('@') ? parts[0].slice(1) : undefined;
  if (user !== undefined && parts[1] === 'video' && parts[2] && DIGITS.test(parts[2]) && /^[\w.]{1,40}$/.test(user)) {
    return `https://www.tiktok.com/@${user}/video/${parts[2]}`;
  }
  // Player URLs carry only the video id; TikTok's own embed page is the one
  // URL that works without the author's name.
  const id = parts.at(-1);
  if ((parts[0] === 'embed' || parts[0] === 'player') && id && DIGITS.test(id)) {
    return `https://www.tiktok.com/embed/v2/${id}`;
  }
  return undefined;
}

function spotify(url: URL): string | undefined {
  const parts = segments(url);
  const start = parts[0]?.startsWith('embed') ? 1 : 0;
  const kind = parts[start];
  const id = parts[start + 1];
  if (!kind || !id || !SPOTIFY_KINDS.has(kind) || !/^[A-Za-z0-9]{10,40}$/.test(id)) return undefined;
  return `https://open.spotify.com/${kind}/${id}`;
}

function soundcloud(url: URL): string | undefined {
  if (url.hostname === 'w.soundcloud.com') {
    const inner = safeHttpUrl(url.searchParams.get('url'));
    if (!inner) return undefined;
    const target = new URL(inner);
    // API track URLs are not pages; the player URL itself is the page to open.
    if (target.hostname === 'api.soundcloud.com')
      return `https://w.soundcloud.com/player/?url=${encodeURIComponent(inner)}`;
    return hostIs(target.hostname, 'soundcloud.com') ? soundcloud(target) : undefined;
  }
  const parts = segments(url);
  if (parts.length < 2 || !parts.every((part) => /^[\w-]{1,100}$/.test(part))) return undefined;
  return `https://soundcloud.com/${parts.join('/')}`;
}

function x(url: URL): string | undefined {
  if (url.hostname === 'platform.twitter.com') {
    const id = url.searchParams.get('id');
    return id && DIGITS.test(id) ? statusUrl('i', id) : undefined;
  }
  // x.com/<user>/status/<id>, or x.com/i/web/status/<id> when the author is unknown.
  const status = parseStatusUrl(url.href);
  return status === undefined ? undefined : statusUrl(status.handle ?? 'i', status.id);
}

function facebook(url: URL): string | undefined {
  const parts = segments(url);
  if (parts[0] === 'plugins') {
    const inner = safeHttpUrl(url.searchParams.get('href'));
    if (!inner) return undefined;
    const target = new URL(inner);
    return hostIs(target.hostname, 'facebook.com')
      ? `https://www.facebook.com${target.pathname}${target.search}`
      : undefined;
  }
  return parts.length > 0 ? `https://www.facebook.com${url.pathname}` : undefined;
}

function dailymotion(url: URL): string | undefined {
  const parts = segments(url);
  const id = url.hostname === 'dai.ly' ? parts[0] : parts[0] === 'embed' ? parts[2] : parts[1];
  if ((url.hostname !== 'dai.ly' && parts.at(-2) !== 'video') || !id || !/^[A-Za-z0-9]{5,12}$/.test(id)) {
    return undefined;
  }
  return `https://www.dailymotion.com/video/${id}`;
}

function bluesky(url: URL): string | undefined {
  const parts = segments(url);
  // embed.bsky.app/embed/<did>/app.bsky.feed.post/<rkey>
  if (url.hostname === 'embed.bsky.app' && parts[0] === 'embed' && parts[2] === 'app.bsky.feed.post') {
    const did = parts[1];
    const rkey = parts[3];
    if (did && rkey && /^did:[a-z]+:[A-Za-z0-9._:%-]{1,100}$/.test(did) && TOKEN.test(rkey)) {
      return `https://bsky.app/profile/${did}/post/${rkey}`;
    }
    return undefined;
  }
  if (parts[0] === 'profile' && parts[2] === 'post' && parts[1] && parts[3] && TOKEN.test(parts[3])) {
    return /^[A-Za-z0-9._:-]{1,253}$/.test(parts[1])
      ? `https://bsky.app/profile/${parts[1]}/post/${parts[3]}`
      : undefined;
  }
  return undefined;
}

function twitch(url: URL): string | undefined {
  const video = url.searchParams.get('video');
  const channel = url.searchParams.get('channel');
  const clip = url.searchParams.get('clip');
  if (url.hostname === 'clips.twitch.tv' && clip && TOKEN.test(clip)) return `https://clips.twitch.tv/${clip}`;
  if (video && /^v?[0-9]{1,20}$/.test(video)) return `https://www.twitch.tv/videos/${video.replace(/^v/, '')}`;
  if (channel && /^\w{1,40}$/.test(channel)) return `https://www.twitch.tv/${channel}`;
  return undefined;
}

function datawrapper(url: URL): string | undefined {
  const [id, version] = segments(url);
  if (!id || !/^[A-Za-z0-9]{5}$/.test(id)) return undefined;
  return version && DIGITS.test(version)
    ? `https://datawrapper.dwcdn.net/${id}/${version}/`
    : `https://datawrapper.dwcdn.net/${id}/`;
}

function flourish(url: URL): string | undefined {
  const [kind, id] = segments(url);
  if ((kind !== 'visualisation' && kind !== 'story') || !id || !DIGITS.test(id)) return undefined;
  return `https://public.flourish.studio/${kind}/${id}/`;
}

function applePodcasts(url: URL): string | undefined {
  const parts = segments(url);
  if (parts.length < 2 || !parts.every((part) => /^[\w.-]{1,100}$/.test(part))) return undefined;
  const id = url.searchParams.get('i');
  return `https://podcasts.apple.com/${parts.join('/')}${id && DIGITS.test(id) ? `?i=${id}` : ''}`;
}

function youtubeStill(canonical: URL): string | undefined {
  const id = canonical.searchParams.get('v');
  return id && YOUTUBE_ID.test(id) ? `https://i.ytimg.com/vi/${id}/hqdefault.jpg` : undefined;
}

const PROVIDERS: readonly Provider[] = [
  {
    id: 'youtube',
    name: 'YouTube',
    hosts: ['youtube.com', 'youtube-nocookie.com', 'youtu.be'],
    canonical: youtube,
    thumbnail: youtubeStill,
  },
  { id: 'vimeo', name: 'Vimeo', hosts: ['vimeo.com'], canonical: vimeo },
  { id: 'instagram', name: 'Instagram', hosts: ['instagram.com'], canonical: instagram },
  { id: 'tiktok', name: 'TikTok', hosts: ['tiktok.com'], canonical: tiktok },
  { id: 'spotify', name: 'Spotify', hosts: ['open.spotify.com'], canonical: spotify },
  { id: 'soundcloud', name: 'SoundCloud', hosts: ['soundcloud.com'], canonical: soundcloud },
  { id: 'x', name: 'X', aliases: ['twitter'], hosts: ['twitter.com', 'x.com'], canonical: x },
  { id: 'facebook', name: 'Facebook', hosts: ['facebook.com'], canonical: facebook },
  { id: 'dailymotion', name: 'Dailymotion', hosts: ['dailymotion.com', 'dai.ly'], canonical: dailymotion },
  { id: 'bluesky', name: 'Bluesky', hosts: ['bsky.app'], canonical: bluesky },
  { id: 'twitch', name: 'Twitch', hosts: ['twitch.tv'], canonical: twitch },
  { id: 'datawrapper', name: 'Datawrapper', hosts: ['datawrapper.dwcdn.net'], canonical: datawrapper },
  { id: 'flourish', name: 'Flourish', hosts: ['flo.uri.sh', 'public.flourish.studio'], canonical: flourish },
  { id: 'apple-podcasts', name: 'Apple Podcasts', hosts: ['podcasts.apple.com'], canonical: applePodcasts },
  // Not read from markup yet, but hand-built blocks name them.
  { id: 'threads', name: 'Threads', hosts: [] },
  { id: 'mastodon', name: 'Mastodon', hosts: [] },
  { id: 'apple', name: 'Apple', hosts: [] },
  { id: 'google-maps', name: 'Google Maps', hosts: [] },
];

// Ids as hand-built blocks spell them: `Apple Podcasts`, `apple_podcasts` and `apple-podcasts` are one.
function idKey(id: string): string {
  return id.toLowerCase().replace(/[^a-z]/g, '');
}

const BY_ID: ReadonlyMap<string, Provider> = new Map(
  PROVIDERS.flatMap((provider) =>
    [provider.id, ...(provider.aliases ?? [])].map((id) => [idKey(id), provider] as const),
  ),
);

/** How a provider id reads in a sentence ("Skip YouTube embed"); an unknown id as it is. */
export function providerName(id: string): string {
  return BY_ID.get(idKey(id))?.name ?? id;
}

// A suffix test on the dotted name, so `youtube.com.example` never passes.
function hostIs(hostname: string, domain: string): boolean {
  return hostname === domain || hostname.endsWith(`.${domain}`);
}

/**
 * The provider and canonical page of an embed's URL (an iframe `src`, or a
 * permalink an embed snippet carries), or undefined for anything we don't know.
 */
export function embedTarget(raw: unknown, baseUrl?: string): EmbedTarget | undefined {
  // Embed snippets often use protocol-relative `//www.youtube.com/embed/…`.
  const text = typeof raw === 'string' && raw.trim().startsWith('//') ? `https:${raw.trim()}` : raw;
  const safe = safeHttpUrl(text, baseUrl);
  if (!safe) return undefined;
  const url = new URL(safe);
  const hostname = url.hostname.toLowerCase();
  const provider = PROVIDERS.find((candidate) => candidate.hosts.some((host) => hostIs(hostname, host)));
  // Built from validated parts, and still sent through the gate like every URL.
  const canonical = safeHttpUrl(provider?.canonical?.(url));
  return provider && canonical ? { provider: provider.id, url: canonical } : undefined;
}

/**
 * The still a provider serves for the page at `url` without an API call
 * (YouTube's), or undefined. A third-party image: show it only with consent.
 */
export function embedThumbnail(url: string): string | undefined {
  const target = embedTarget(url);
  const provider = target && BY_ID.get(idKey(target.provider));
  return target && provider?.thumbnail?.(new URL(target.url));
}
