/**
 * Server-side reading of one Bluesky post from the public AppView (no
 * account, no token): `getPostThread` with the parent, parsed with
 * parseBlueskyPost. The request itself (options, time limit, abort, size
 * cap, never a rejection) is the shared fetchJson; this adds the URL, the
 * AppView's way of saying "no such post" and the check that the answer holds
 * the post asked for.
 */
import { type FetchJsonErrorCode, type FetchJsonOptions, fetchJson } from '../shared/fetch-json.js';
import { at } from '../shared/read.js';
import { fail, type ParseResult } from '../shared/result.js';
import type { Tweet } from '../tweet/types.js';
import { blueskyPostRef, parseAtUri } from './links.js';
import { type BlueskyErrorCode, parseBlueskyPost } from './post.js';

const ENDPOINT = 'https://public.api.bsky.app/xrpc/app.bsky.feed.getPostThread';

/**
 * Why `fetchBlueskyPost` has no post: the arguments (`invalid-input`,
 * `invalid-options`), the connection (`network`, `timeout`, `aborted` by the
 * caller), the AppView's answer (`not-found` for a 404 or its 400
 * `NotFound`, `http-status` for any other non-2xx, `too-large` past 2 MB,
 * `invalid-response` for what isn't a response at all, `wrong-post` when it
 * holds another post than the one asked for), or the payload itself (the
 * parser's codes).
 */
export type FetchBlueskyErrorCode = 'invalid-input' | FetchJsonErrorCode | 'wrong-post' | BlueskyErrorCode;
/** `fetch`, `signal` and `timeoutMs` (1 to 60000, default 5000), checked before any request. */
export type FetchBlueskyOptions = FetchJsonOptions;

/** The AppView request for a post (an at:// URI or a bsky.app post URL), or undefined for anything else. */
export function blueskyThreadUrl(atUriOrUrl: string): string | undefined {
  const ref = blueskyPostRef(atUriOrUrl);
  if (ref === undefined) return undefined;
  const url = new URL(ENDPOINT);
  url.searchParams.set('uri', `at://${ref.repo}/app.bsky.feed.post/${ref.rkey}`);
  url.searchParams.set('depth', '0');
  url.searchParams.set('parentHeight', '1');
  return url.href;
}

/** One post, by at:// URI or bsky.app URL. Never throws and always settles, within `timeoutMs`. */
export async function fetchBlueskyPost(
  atUriOrUrl: string,
  options?: FetchBlueskyOptions,
): Promise<ParseResult<Tweet, FetchBlueskyErrorCode>> {
  const ref = blueskyPostRef(atUriOrUrl);
  const url = blueskyThreadUrl(atUriOrUrl);
  if (ref === undefined || url === undefined) {
    return fail(
      'invalid-input',
      `"${typeof atUriOrUrl === 'string' ? atUriOrUrl.slice(0, 80) : typeof atUriOrUrl}" is not a Bluesky post: pass at://…/app.bsky.feed.post/… or https://bsky.app/profile/…/post/….`,
    );
  }
  const what = `post at://${ref.repo}/app.bsky.feed.post/${ref.rkey}`;
  // The AppView answers 400 `NotFound` for a post that doesn't exist.
  const notFound = (status: number, body: string) =>
    status === 400 && /"error"\s*:\s*"NotFound"/.test(body.slice(0, 200));
  return fetchJson(
    { url, what, server: 'Bluesky', notFound, redirect: 'error' },
    options,
    (json): ParseResult<Tweet, FetchBlueskyErrorCode> => {
      const wrong = answeredFor(json, ref);
      return wrong === undefined
        ? parseBlueskyPost(json)
        : fail('wrong-post', `Asked Bluesky for the ${what} but it answered with ${wrong}.`);
    },
  );
}

/** The post the answer holds when it is not the one asked for, else undefined (no post view: the parser's to judge). */
function answeredFor(json: unknown, ref: { repo: string; rkey: string }): string | undefined {
  const uri = parseAtUri(at(json, 'thread', 'post', 'uri'));
  if (uri === undefined) return undefined;
  const handle = at(json, 'thread', 'post', 'author', 'handle');
  if (uri.rkey === ref.rkey && sameRepo(ref.repo, uri.repo, handle)) return undefined;
  return `at://${uri.repo}/${uri.collection}/${uri.rkey}`;
}

function sameRepo(asked: string, answered: string, handle: unknown): boolean {
  if (answered.toLowerCase() === asked.toLowerCase()) return true;
  // Asked by handle, the answer names its author by DID: then the author's handle is what can be compared.
  if (asked.startsWith('did:')) return false;
  return typeof handle !== 'string' || handle.toLowerCase() === asked.toLowerCase();
}
