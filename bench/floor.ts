/**
 * The floor for the render benchmark: the HTML `<Tweet tweet={t} />` prints
 * with default options (and, optionally, `mediaAlt`), built with template
 * strings and no React. It does the same work the components do besides
 * React's (the URL gate on every href and src, the network's chrome, the
 * numbered photo labels, caller alt text, warnings, notes, emoji), so the gap
 * to it is what React and the component layer cost. tests/bench/floor.test.tsx
 * holds it byte for byte to renderToString over every fixture post: X,
 * Bluesky and Mastodon.
 */

import { formatCount, formatDate, formatDateTime, formatPercent } from '../src/components/format.js';
import { linkHref } from '../src/components/gate.js';
import { ICONS, type IconName } from '../src/components/tweet/icons.js';
import { networkOf, postHandle, readLabel, viewLabel } from '../src/components/tweet/network.js';
import { BREAK_RUNS } from '../src/components/tweet/TweetSegments.js';
import { socialEn } from '../src/i18n/en/social.js';
import { tweetEn } from '../src/i18n/en/tweet.js';
import { fillLabel, fillParts } from '../src/i18n/fill.js';
import { htmlLang, localeDir } from '../src/i18n/language.js';
import { postMediaUrl } from '../src/model/shared/url.js';
import { profileUrl } from '../src/model/tweet/links.js';
import type {
  Tweet,
  TweetAuthor,
  TweetCard,
  TweetMedia,
  TweetPoll,
  TweetSegment,
  TweetVideo,
} from '../src/model/tweet/types.js';

const l = { ...tweetEn, ...socialEn };
export const REL = 'noopener noreferrer nofollow';
const ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&#x27;', '<': '&lt;', '>': '&gt;' };
/** React's escaping, for text and attribute values alike. */
export const esc = (s: unknown) => String(s).replace(/["&'<>]/g, (c) => ESCAPES[c] as string);
/** ` name="value"`, or nothing for undefined (as React drops it). */
export const at = (name: string, value: unknown) => (value === undefined ? '' : ` ${name}="${esc(value)}"`);

/** What the components' context holds, for default options: no loader, so each image must pass the network's gate. */
export interface Floor {
  allowed: (raw: unknown) => string | undefined;
  mediaAlt: Readonly<Record<string, string>> | undefined;
}

/** A label with HTML in its placeholders; its own words escaped, string values too. */
export function fill(template: string, values: Record<string, { html: string } | string>): string {
  return fillParts(template, values)
    .map((part) => (typeof part === 'string' ? esc(part) : part.html))
    .join('');
}

function icon(name: IconName, label?: string, className?: string, kind?: string): string {
  return `<svg viewBox="0 0 24 24"${at('class', className)}${at('role', label ? 'img' : undefined)}${at('aria-label', label)}${at('aria-hidden', label ? undefined : 'true')}${at('data-kind', kind)}><path d="${ICONS[name]}"></path></svg>`;
}

function date(tweet: Tweet): string | undefined {
  if (!tweet.createdAt) return undefined;
  const dayOnly = tweet.source === 'text' || (tweet.source === 'embed' && !tweet.id);
  return (dayOnly ? formatDate : formatDateTime)(tweet.createdAt, 'en', 'UTC');
}

function emoji(code: string, src: string, f: Floor): string {
  const url = f.allowed(src);
  return url === undefined
    ? esc(code)
    : `<img class="bs-tweet-emoji" src="${esc(url)}" alt="${esc(code)}" title="${esc(code)}" width="20" height="20" loading="lazy"/>`;
}

function name(author: TweetAuthor, f: Floor): string {
  if (!author.nameSegments) return esc(author.name);
  return author.nameSegments
    .map((s) => (s.type === 'text' && s.emoji ? emoji(s.text, s.emoji, f) : esc(s.text)))
    .join('');
}

function lines(text: string): string {
  let html = '';
  esc(text)
    .replace(BREAK_RUNS, '\n\n')
    .split(/\r\n?|\n/)
    .forEach((part, i) => {
      if (i > 0) html += '<br/>';
      html += part;
    });
  return html;
}

export function segments(list: readonly TweetSegment[], f: Floor): string {
  let html = '';
  for (const s of list) {
    if (s.type === 'text' && s.emoji) {
      html += emoji(s.text, s.emoji, f);
      continue;
    }
    const href = s.type === 'text' ? undefined : linkHref(s.href);
    html +=
      href === undefined
        ? lines(s.text)
        : `<a href="${esc(href)}" rel="${REL}" dir="${s.type === 'hashtag' ? 'auto' : 'ltr'}">${esc(s.text)}</a>`;
  }
  return html;
}

const VERIFIED = { blue: l.verifiedBlue, business: l.verifiedBusiness, government: l.verifiedGovernment };

function header(tweet: Tweet, f: Floor, compact: boolean): string {
  const { author } = tweet;
  const size = compact ? 24 : 48;
  const affiliate = compact ? undefined : author.affiliate;
  const avatar = author.avatarUrl ? f.allowed(author.avatarUrl) : undefined;
  const profile = linkHref(author.url) ?? profileUrl(String(author.handle));
  let html = `<header class="bs-tweet-header"><a class="bs-tweet-author" href="${esc(profile)}" rel="${REL}">`;
  if (avatar) {
    html += `<img class="bs-tweet-avatar" src="${esc(avatar)}" width="${size}" height="${size}" alt="" loading="lazy"${author.avatarShape === 'square' ? ' data-square=""' : ''}/>`;
  }
  const verified = Object.hasOwn(VERIFIED, String(author.verified))
    ? (author.verified as keyof typeof VERIFIED)
    : undefined;
  html += `<bdi class="bs-tweet-name">${name(author, f)}`;
  if (verified) html += ` ${icon('verified', VERIFIED[verified], 'bs-tweet-badge', verified)}`;
  html += `</bdi> <span class="bs-tweet-handle" dir="ltr">${esc(postHandle(author))}</span></a>`;
  if (affiliate) {
    const url = linkHref(affiliate.url);
    const badge = affiliate.badgeUrl ? f.allowed(affiliate.badgeUrl) : undefined;
    const img = badge ? `<img src="${esc(badge)}" alt="" width="16" height="16" loading="lazy"/>` : '';
    html += url
      ? `<a class="bs-tweet-affiliate" href="${esc(url)}" rel="${REL}">${img}${esc(affiliate.label)}</a>`
      : `<span class="bs-tweet-affiliate">${esc(affiliate.label)}</span>`;
  }
  const post = compact ? undefined : linkHref(tweet.url);
  if (post) {
    html += `<a class="bs-tweet-x" href="${esc(post)}" rel="${REL}" aria-label="${esc(viewLabel(tweet, l))}">${icon(networkOf(tweet))}</a>`;
  }
  return `${html}</header>`;
}

function moreUrl(tweet: Tweet): string | undefined {
  const url = linkHref(tweet.url);
  if (url) return url;
  const media = tweet.body.findLast((s) => s.type === 'media');
  return media && 'href' in media ? linkHref(media.href) : undefined;
}

function body(tweet: Tweet, f: Floor): string {
  const lang = htmlLang(tweet.lang);
  const more = tweet.truncated ? moreUrl(tweet) : undefined;
  if (tweet.body.length === 0 && !more && tweet.network === 'mastodon') return '';
  let html = `<p class="bs-tweet-body"${at('lang', lang)} dir="${esc(tweet.dir ?? 'auto')}">${segments(tweet.body, f)}`;
  if (more)
    html += ` <a class="bs-tweet-more" href="${esc(more)}" rel="${REL}"${at('lang', lang ? 'en' : undefined)}>${l.showMore}</a>`;
  return `${html}</p>`;
}

function video(item: TweetVideo, alt: string | undefined, f: Floor): string {
  const mp4 = item.sources.filter((s) => s.type === 'video/mp4');
  const source = mp4.find((s) => (s.bitrate ?? 0) <= 2_200_000) ?? mp4[mp4.length - 1] ?? item.sources[0];
  const src = source ? f.allowed(source.url) : undefined;
  const gif = item.type === 'gif';
  return `<video class="bs-tweet-video" controls="" preload="none" playsInline=""${at('poster', f.allowed(item.poster))} width="${item.width}" height="${item.height}"${gif ? ' loop="" muted=""' : ''} aria-label="${esc(alt ?? (gif ? l.gif : l.video))}"${gif ? ' data-gif=""' : ''}>${source && src ? `<source src="${esc(src)}"${at('type', source.type)}/>` : ''}</video>`;
}

function media(list: TweetMedia[], f: Floor, own: boolean): string {
  const items = list.slice(0, 4);
  if (items.length === 0) return '';
  const given = f.mediaAlt ?? {};
  let html = `<div class="bs-tweet-media" data-count="${items.length}">`;
  items.forEach((item, i) => {
    const url = item.type === 'photo' ? item.url : item.poster;
    const alt = Object.hasOwn(given, url) ? given[url] : own && Object.hasOwn(given, i) ? given[i] : item.alt;
    if (item.type !== 'photo') {
      html += video(item, alt, f);
      return;
    }
    const src = f.allowed(item.url);
    const label =
      alt ??
      (items.length > 1
        ? fillLabel(l.imageOf, { index: formatCount(i + 1, 'en'), count: formatCount(items.length, 'en') })
        : l.image);
    html += src
      ? `<img src="${esc(src)}" width="${item.width}" height="${item.height}" alt="${esc(label)}" loading="lazy"/>`
      : `<span class="bs-tweet-media-alt">${esc(label)}</span>`;
  });
  return `${html}</div>`;
}

function card(c: TweetCard, f: Floor): string {
  const href = linkHref(c.url);
  if (href === undefined) return '';
  const large = c.layout === 'large';
  const width = c.image?.width ?? (large ? 1200 : 144);
  const height = c.image?.height ?? (large ? 628 : 144);
  const src = c.image ? f.allowed(c.image.url) : undefined;
  const image = src ? `<img src="${esc(src)}" width="${width}" height="${height}" alt="" loading="lazy"/>` : '';
  const domain = c.domain ? `<span class="bs-tweet-card-domain">${esc(c.domain)}</span>` : '';
  const text = c.description ? `<span class="bs-tweet-card-text">${esc(c.description)}</span>` : '';
  return `<a class="bs-tweet-card" href="${esc(href)}" rel="${REL}"${large ? ' data-large=""' : ''}>${image}${domain}<span class="bs-tweet-card-title">${esc(c.title ?? c.domain ?? href)}</span>${text}</a>`;
}

function poll(p: TweetPoll, lang: string | undefined): string {
  const top = p.choices.reduce((most, c) => Math.max(most, c.count), 0);
  let html = `<ol class="bs-tweet-poll"${at('lang', htmlLang(lang))} dir="auto">`;
  for (const choice of p.choices) {
    const share = p.total > 0 ? choice.count / p.total : 0;
    const leading = p.ended && top > 0 && choice.count === top ? ' data-leading=""' : '';
    html += `<li style="--bs-share:${(share * 100).toFixed(1)}%"${leading}><span>${esc(choice.label)}</span> <span>${esc(formatPercent(share, 'en'))}</span></li>`;
  }
  const votes = fillLabel(l.pollVotes, { count: formatCount(p.total, 'en') });
  const ends = p.endsAt ? formatDateTime(p.endsAt, 'en', 'UTC') : undefined;
  const meta = p.ended
    ? esc(`${votes} · ${l.pollFinal}`)
    : ends && p.endsAt
      ? esc(`${votes} · `) +
        fill(l.pollEnds, { date: { html: `<time dateTime="${esc(p.endsAt)}">${esc(ends)}</time>` } })
      : esc(votes);
  return `${html}</ol><p class="bs-tweet-poll-meta">${meta}</p>`;
}

function nested(tweet: Tweet, f: Floor, as: 'quoted' | 'parent'): string {
  const quoted = as === 'quoted';
  const when = date(tweet);
  const url = linkHref(tweet.url);
  const open = quoted
    ? `<blockquote class="bs-tweet-quoted"${at('cite', url)} aria-label="${l.quotedPost}">`
    : `<div class="bs-tweet-parent" aria-label="${l.parentPost}" role="group">`;
  const time = url
    ? `<a class="bs-tweet-time" href="${esc(url)}" rel="${REL}">${when && tweet.createdAt ? `<time dateTime="${esc(tweet.createdAt)}">${esc(when)}</time>` : esc(viewLabel(tweet, l))}</a>`
    : '';
  return `${open}${header(tweet, f, true)}${body(tweet, f)}${quoted ? media(tweet.media, f, false) : ''}${time}</${quoted ? 'blockquote' : 'div'}>`;
}

function warning(tweet: Tweet, content: string): string {
  const w = tweet.contentWarning;
  if (!w || (!w.text && !w.labels?.length)) return content;
  const keys = {
    sexual: l.labelSexual,
    nudity: l.labelNudity,
    porn: l.labelPorn,
    'graphic-media': l.labelGraphicMedia,
    warn: l.labelWarn,
    sensitive: l.labelSensitive,
  };
  const text = w.text
    ? { html: `<span${at('lang', htmlLang(tweet.lang))} dir="auto">${esc(w.text)}</span>` }
    : [...new Set((w.labels ?? []).map((label) => keys[label]))].join(', ');
  return `<details class="bs-tweet-warning"><summary>${fill(l.contentWarning, { text })}</summary>${content}</details>`;
}

function action(name: 'reply' | 'repost' | 'like', count: number | undefined, intent: string | undefined): string {
  const text = count ? ` ${esc(formatCount(count, 'en'))}` : '';
  if (intent)
    return `<a class="bs-tweet-action" href="https://x.com/intent/${intent}" rel="${REL}">${icon(name, l[name])}${text}</a>`;
  return text ? `<span class="bs-tweet-count">${icon(name, l[name])}${text}</span>` : '';
}

function footer(tweet: Tweet): string {
  const when = date(tweet);
  const x = networkOf(tweet) === 'x';
  const id = tweet.id && x ? encodeURIComponent(tweet.id) : undefined;
  const c = tweet.counts;
  const url = linkHref(tweet.url);
  let html = '<footer class="bs-tweet-footer">';
  if (when) html += `<time dateTime="${esc(tweet.createdAt)}">${esc(when)}</time>`;
  if (id !== undefined || (!x && c !== undefined)) {
    html += action('reply', c?.replies, id && `post?in_reply_to=${id}`);
    html += action('repost', c?.reposts, id && `retweet?tweet_id=${id}`);
    html += action('like', c?.likes, id && `like?tweet_id=${id}`);
  }
  if (url) html += `<a class="bs-tweet-action" href="${esc(url)}" rel="${REL}">${esc(readLabel(tweet, l))}</a>`;
  return `${html}</footer>`;
}

/** `renderToString(<Tweet tweet={tweet} mediaAlt={mediaAlt} />)`, without React. */
export function floorTweetHtml(tweet: Tweet, mediaAlt?: Readonly<Record<string, string>>): string {
  const network = networkOf(tweet);
  const f: Floor = { allowed: postMediaUrl(network), mediaAlt };
  let html = `<article lang="en" dir="${localeDir('en')}" class="bs-tweet"${at('data-network', tweet.network && tweet.network !== 'x' ? tweet.network : undefined)}>`;
  if (tweet.repostedBy) {
    const by = tweet.repostedBy;
    const url = linkHref(by.url);
    const who = `<bdi>${name(by, f)}</bdi>`;
    const label = network === 'mastodon' ? l.boostedBy : l.repostedBy;
    html += `<p class="bs-tweet-repost">${icon('repost')} ${fill(label, { name: { html: url ? `<a href="${esc(url)}" rel="${REL}">${who}</a>` : who } })}</p>`;
  }
  if (tweet.parent) html += nested(tweet.parent, f, 'parent');
  html += header(tweet, f, false);
  const replyUrl = linkHref(tweet.inReplyTo?.url);
  if (tweet.inReplyTo && replyUrl) {
    const handle = `<a href="${esc(replyUrl)}" rel="${REL}" dir="ltr">@${esc(tweet.inReplyTo.handle)}</a>`;
    html += `<p class="bs-tweet-replying">${fill(l.replyingTo, { handle: { html: handle } })}</p>`;
  }
  let content = body(tweet, f) + media(tweet.media, f, true);
  for (const item of tweet.audio ?? []) {
    const src = f.allowed(item.url);
    content += `<audio class="bs-tweet-audio" controls="" preload="none" aria-label="${esc(item.alt ?? l.audio)}">${src ? `<source src="${esc(src)}"/>` : ''}</audio>`;
  }
  if (tweet.card) content += card(tweet.card, f);
  if (tweet.poll) content += poll(tweet.poll, tweet.lang);
  if (tweet.quoted) content += nested(tweet.quoted, f, 'quoted');
  html += warning(tweet, content);
  if (tweet.note) {
    const url = linkHref(tweet.note.url);
    html += `<section class="bs-tweet-note" aria-label="${l.communityNote}"><p class="bs-tweet-note-title">${l.communityNote}</p><p class="bs-tweet-note-body" dir="auto">${segments(tweet.note.body, f)}</p>${url ? `<a class="bs-tweet-note-link" href="${esc(url)}" rel="${REL}">${l.communityNoteLink}</a>` : ''}</section>`;
  }
  return `${html}${footer(tweet)}</article>`;
}
