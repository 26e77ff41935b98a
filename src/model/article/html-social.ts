/**
 * Bluesky and Mastodon embeds in article HTML: read in place into post
 * blocks (the same `tweet` block type, with the post's `network`), never
 * their scripts or iframes. What can't be read stays a link to the post;
 * past MAX_POSTS (html-context.ts) an embed is read as the markup it is.
 */

import { isBlueskyEmbed, readBlueskyEmbedElement } from '../bluesky/embed.js';
import { isMastodonEmbed, readMastodonEmbedElement } from '../mastodon/embed.js';
import type { Element } from '../shared/html.js';
import { langDir, type ReadContext, type Scope } from './html-context.js';
import type { Block } from './types.js';

/** The block for a Bluesky or Mastodon embed element, or undefined for any other element. */
export function socialEmbed(context: ReadContext, element: Element, scope: Scope): Block[] | undefined {
  const bluesky = isBlueskyEmbed(element);
  if (!bluesky && !isMastodonEmbed(element)) return undefined;
  // Past the article's post budget, the embed is read as ordinary markup: its text and links stay.
  if (!context.takePost()) return undefined;
  const parsed = bluesky ? readBlueskyEmbedElement(element) : readMastodonEmbedElement(element);
  const network = bluesky ? 'Bluesky' : 'Mastodon';
  if (parsed.ok) {
    for (const warning of parsed.warnings) context.warn(`${network} post: ${warning}`);
    return [{ type: 'tweet', ...langDir(context, scope), tweet: parsed.value }];
  }
  context.warn(`dropped an unreadable ${network} embed (${parsed.error.code})`);
  return [];
}
