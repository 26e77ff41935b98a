/**
 * Mastodon's stored embeds → post. Both styles carry only where the status
 * lives: the new `<blockquote class="mastodon-embed" data-embed-url=…>` (a
 * link, "Post by @user@server", "View on Mastodon") and the old
 * `<iframe class="mastodon-embed" src="…/@user/ID/embed">`. The post read
 * from them has its author, server and link, and no text: fetch the status
 * (`fetchMastodonStatus`) for the rest. The copied text of a new-style embed
 * ("Post by @user@server") reads the same way.
 */
import {
  type ChildNode,
  classes,
  type Element,
  isElement,
  MAX_DEPTH,
  parseHtml,
  type TextOptions,
  textOf,
} from '../shared/html.js';
import { fail, ok, type ParseResult } from '../shared/result.js';
import { safeHttpUrl } from '../shared/url-fast.js';
import type { Tweet } from '../tweet/types.js';

export type MastodonEmbedErrorCode = 'empty' | 'too-large' | 'not-an-embed' | 'invalid-embed';

export const MAX_LENGTH = 100_000;
const USER = /^[A-Za-z0-9_.-]{1,100}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const BYLINE_TEXT: TextOptions = { skip: new Set(['svg', 'script', 'style']), lineBreak: ' ', collapse: true };

export function isMastodonEmbed(element: Element): boolean {
  return (element.name === 'blockquote' || element.name === 'iframe') && classes(element).includes('mastodon-embed');
}

/** `https://server/@user/ID` (with an optional `/embed`) → that status, or undefined. */
export function mastodonStatusRef(raw: unknown): { url: string; server: string; user: string; id: string } | undefined {
  const safe = safeHttpUrl(raw);
  if (safe === undefined) return undefined;
  const url = new URL(safe);
  const match = /^\/@([^/@]+)(?:@([^/]+))?\/([^/]+)(?:\/embed)?\/?$/.exec(url.pathname);
  const [, user, remote, id] = match ?? [];
  if (!user || !id || !USER.test(user) || !ID.test(id) || url.protocol !== 'https:') return undefined;
  const server = url.hostname.toLowerCase();
  const path = `/@${user}${remote ? `@${remote}` : ''}/${id}`;
  return { url: `https://${server}${path}`, server: remote?.toLowerCase() ?? server, user, id };
}

function postFor(ref: NonNullable<ReturnType<typeof mastodonStatusRef>>, source: Tweet['source']): Tweet {
  const origin = new URL(ref.url).origin;
  return {
    id: ref.id,
    network: 'mastodon',
    url: ref.url,
    author: { name: ref.user, handle: ref.user, instance: ref.server, url: `${origin}/@${ref.user}` },
    body: [],
    media: [],
    source,
  };
}

export function readMastodonEmbedElement(element: Element): ParseResult<Tweet, MastodonEmbedErrorCode> {
  if (!isMastodonEmbed(element)) return fail('not-an-embed', 'Expected a mastodon-embed blockquote or iframe.');
  const candidates =
    element.name === 'iframe'
      ? [element.attribs.src]
      : [element.attribs['data-embed-url'], ...linksIn(element.children).map((link) => link.attribs.href)];
  for (const candidate of candidates) {
    const ref = mastodonStatusRef(candidate);
    if (ref === undefined) continue;
    const post = postFor(ref, 'embed');
    // "Post by @user@domain" names the account's own domain, which can differ from the server's host.
    const byline = /Post by @([A-Za-z0-9_.-]{1,100})@([A-Za-z0-9.-]{1,253})/.exec(
      textOf(element.children, BYLINE_TEXT),
    );
    if (byline?.[1] === ref.user && byline[2]) post.author.instance = byline[2].toLowerCase();
    return ok(post);
  }
  return fail('not-an-embed', 'The Mastodon embed names no status URL like https://server/@user/ID.');
}

function linksIn(nodes: readonly ChildNode[]): Element[] {
  const found: Element[] = [];
  const walk = (list: readonly ChildNode[], depth: number) => {
    for (const node of list) {
      if (!isElement(node) || depth > MAX_DEPTH) continue;
      if (node.name === 'a') found.push(node);
      walk(node.children, depth + 1);
    }
  };
  walk(nodes, 0);
  return found;
}

export function parseMastodonEmbed(html: string): ParseResult<Tweet, MastodonEmbedErrorCode> {
  try {
    if (typeof html !== 'string' || html.trim() === '') return fail('empty', 'The embed HTML is empty.');
    if (html.length > MAX_LENGTH) return fail('too-large', `The HTML is ${html.length} characters; pass one embed.`);
    let found: Element | undefined;
    const walk = (nodes: readonly ChildNode[], depth: number) => {
      for (const node of nodes) {
        if (found !== undefined || depth > MAX_DEPTH || !isElement(node)) continue;
        if (isMastodonEmbed(node)) found = node;
        else walk(node.children, depth + 1);
      }
    };
    walk(parseHtml(html).nodes, 0);
    return found
      ? readMastodonEmbedElement(found)
      : fail('not-an-embed', 'No mastodon-embed blockquote or iframe found.');
  } catch (error) {
    return fail('invalid-embed', `The embed HTML could not be read: ${String(error)}`);
  }
}

const COPIED =
  /^\s*Post by @([A-Za-z0-9_.-]{1,100})@([A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63})\s*(?:View on Mastodon\s*)?$/;

/**
 * "Post by @user@server" (what a new-style embed leaves in copied text) →
 * a post linking to that account; the status itself is not in the text.
 */
export function matchMastodonCopiedLine(line: string): Tweet | undefined {
  if (typeof line !== 'string' || line.length > 400) return undefined;
  const match = COPIED.exec(line);
  const [, user, server] = match ?? [];
  const profile = user && server ? safeHttpUrl(`https://${server.toLowerCase()}/@${user}`) : undefined;
  if (!user || !server || profile === undefined) return undefined;
  return {
    network: 'mastodon',
    author: { name: user, handle: user, instance: server.toLowerCase(), url: profile },
    body: [],
    media: [],
    source: 'text',
  };
}
