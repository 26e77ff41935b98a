/**
 * A syndication tweet's card: a link preview (`summary`, `summary_large_image`)
 * or a poll. Other card types are left out with a warning.
 */
import { decodeEntities } from '../shared/html.js';
import { asArray, asCount, asDimension, asObject, asString, at, type JsonObject, toIsoDate } from '../shared/read.js';
import { safeHttpUrl, safeImageUrl } from '../shared/url-fast.js';
import type { Tweet, TweetCard, TweetPoll } from './types.js';

function binding(values: JsonObject | undefined, key: string): JsonObject | undefined {
  return asObject(values?.[key]);
}

function bindingString(values: JsonObject | undefined, key: string): string | undefined {
  return asString(binding(values, key)?.string_value);
}

export function readCard(payload: JsonObject, tweet: Tweet, warnings: string[], now: number | undefined): void {
  const card = asObject(payload.card);
  if (card === undefined) return;
  const name = asString(card.name) ?? '';
  const values = asObject(card.binding_values);
  const poll = /^poll([2-4])choice_text_only$/.exec(name);
  if (poll !== null) {
    const parsed = readPoll(values, Number(poll[1]), now);
    if (parsed !== undefined) tweet.poll = parsed;
    else warnings.push(`Tweet ${tweet.id ?? ''}: its poll card has no readable choices.`);
    return;
  }
  if (name !== 'summary' && name !== 'summary_large_image') {
    warnings.push(`Tweet ${tweet.id ?? ''}: card type "${name}" isn't supported and was left out.`);
    return;
  }
  const shortUrl = asString(card.url) ?? bindingString(values, 'card_url');
  // The card points at a t.co link; the matching url entity knows where it really goes.
  const expanded = asArray(at(payload, 'entities', 'urls'))
    .map(asObject)
    .find((entity) => entity !== undefined && entity.url === shortUrl)?.expanded_url;
  const url = safeHttpUrl(expanded) ?? safeHttpUrl(shortUrl);
  if (url === undefined) return;
  const large = name === 'summary_large_image';
  const result: TweetCard = { url, layout: large ? 'large' : 'summary' };
  const title = bindingString(values, 'title');
  if (title) result.title = decodeEntities(title);
  const description = bindingString(values, 'description');
  if (description) result.description = decodeEntities(description);
  const domain = bindingString(values, 'vanity_url') ?? bindingString(values, 'domain');
  if (domain) result.domain = domain;
  const imageKeys = large
    ? ['summary_photo_image_large', 'summary_photo_image', 'photo_image_full_size_large', 'thumbnail_image_large']
    : ['thumbnail_image_large', 'thumbnail_image', 'summary_photo_image'];
  for (const key of imageKeys) {
    const image = asObject(binding(values, key)?.image_value);
    const imageUrl = safeImageUrl(image?.url);
    if (image === undefined || imageUrl === undefined) continue;
    const alt = asString(image.alt) ?? bindingString(values, 'summary_photo_image_alt_text');
    const width = asDimension(image.width);
    const height = asDimension(image.height);
    result.image = {
      url: imageUrl,
      ...(alt ? { alt } : {}),
      ...(width ? { width } : {}),
      ...(height ? { height } : {}),
    };
    break;
  }
  tweet.card = result;
}

function readPoll(values: JsonObject | undefined, count: number, now: number | undefined): TweetPoll | undefined {
  const choices: TweetPoll['choices'] = [];
  for (let index = 1; index <= count; index += 1) {
    const label = bindingString(values, `choice${index}_label`);
    if (!label) continue;
    choices.push({ label: decodeEntities(label), count: asCount(bindingString(values, `choice${index}_count`)) ?? 0 });
  }
  if (choices.length === 0) return undefined;
  const poll: TweetPoll = {
    choices,
    total: choices.reduce((sum, choice) => sum + choice.count, 0),
    ended: false,
  };
  const endsAt = toIsoDate(bindingString(values, 'end_datetime_utc'));
  if (endsAt !== undefined) poll.endsAt = endsAt;
  // X's own word first; the clock only when the caller gives one, so the same
  // payload parses the same tomorrow (and on the server and in the browser).
  poll.ended =
    binding(values, 'counts_are_final')?.boolean_value === true ||
    (endsAt !== undefined && now !== undefined && Date.parse(endsAt) <= now);
  return poll;
}
