/**
 * X's status ids since November 2010 are "snowflakes": the top bits hold the
 * milliseconds since X's epoch, so an id alone tells when the tweet was posted.
 */
const TWITTER_EPOCH_MS = 1288834974657n;
// Snowflakes started on 2010-11-04 at about 2.97e16; the older, sequential ids
// stayed below 3e10 and carry no timestamp. Nothing was issued in between.
const MIN_SNOWFLAKE = 10n ** 15n;

export const TWEET_ID_PATTERN = /^[0-9]{1,20}$/;

export function isTweetId(id: unknown): id is string {
  return typeof id === 'string' && TWEET_ID_PATTERN.test(id);
}

/** ISO 8601 UTC time encoded in a snowflake id, or undefined for pre-snowflake or malformed ids. */
export function snowflakeToIso(id: string): string | undefined {
  if (!isTweetId(id)) return undefined;
  const value = BigInt(id);
  if (value < MIN_SNOWFLAKE) return undefined;
  const ms = Number((value >> 22n) + TWITTER_EPOCH_MS);
  if (ms > 8.64e15) return undefined;
  return new Date(ms).toISOString();
}
