/**
 * Whether a stored block has the shape its type promises. Articles come back
 * from databases and CMSs as JSON, so `{ type: 'paragraph' }` with no
 * children, or a text inline holding an object, must be caught before a
 * component reads it. Each check walks the value once, without recursion.
 */
import { asDir } from '../../i18n/language.js';

type Problem = string | undefined;
type Fields = { readonly [key: string]: unknown };

// Links nest in links only in hand-built blocks; deeper than this is not content.
const MAX_INLINE_DEPTH = 16;
// The parsers nest quoted and parent tweets at most three levels.
const MAX_TWEET_DEPTH = 3;

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (value: Fields, key: string): unknown => (Object.hasOwn(value, key) ? value[key] : undefined);
const optional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);
const isString = (value: unknown) => typeof value === 'string';
const isCount = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isDimension = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value > 0;

function base(block: Fields): Problem {
  if (!optional(own(block, 'lang'), isString)) return '`lang` is not a string';
  if (own(block, 'dir') !== undefined && asDir(own(block, 'dir')) === undefined) return '`dir` is not ltr, rtl or auto';
  return undefined;
}

/** A run of inlines, links included, walked with an explicit stack. */
function inlinesProblem(value: unknown, field: string): Problem {
  if (!Array.isArray(value)) return `\`${field}\` is not a list of inlines`;
  const stack: { list: readonly unknown[]; depth: number }[] = [{ list: value, depth: 0 }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    for (const inline of top.list) {
      if (!isRecord(inline)) return `\`${field}\` holds something that is not an inline`;
      const type = own(inline, 'type');
      if (type === 'text') {
        if (typeof own(inline, 'text') !== 'string') return `a text inline in \`${field}\` has no string \`text\``;
        const marks = own(inline, 'marks');
        if (!optional(marks, (m) => Array.isArray(m) && m.every(isString))) return 'a text inline has malformed marks';
        if (base(inline) !== undefined) return `a text inline in \`${field}\`: ${base(inline)}`;
      } else if (type === 'link') {
        if (typeof own(inline, 'href') !== 'string') return `a link in \`${field}\` has no string \`href\``;
        const children = own(inline, 'children');
        if (!Array.isArray(children)) return `a link in \`${field}\` has no children`;
        if (top.depth + 1 > MAX_INLINE_DEPTH) return `links nest deeper than ${MAX_INLINE_DEPTH}`;
        stack.push({ list: children, depth: top.depth + 1 });
      } else if (type !== 'break' && typeof type !== 'string') {
        return `an inline in \`${field}\` has no type`;
      }
      // Inline types a newer version may add render as nothing.
    }
  }
  return undefined;
}

function linesProblem(value: unknown, field: string): Problem {
  if (!Array.isArray(value)) return `\`${field}\` is not a list of lines`;
  for (const line of value) {
    const problem = inlinesProblem(line, field);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

function segmentsProblem(value: unknown): Problem {
  if (!Array.isArray(value)) return 'the tweet has no `body` list';
  for (const segment of value) {
    if (!isRecord(segment) || typeof own(segment, 'text') !== 'string') return 'a tweet segment has no string `text`';
    if (own(segment, 'type') !== 'text' && typeof own(segment, 'href') !== 'string')
      return 'a tweet link has no `href`';
  }
  return undefined;
}

function mediaProblem(value: unknown): Problem {
  if (!Array.isArray(value)) return 'the tweet has no `media` list';
  for (const item of value) {
    if (!isRecord(item) || !isDimension(own(item, 'width')) || !isDimension(own(item, 'height'))) {
      return 'a tweet media item has no width and height';
    }
    const type = own(item, 'type');
    if (type === 'photo') {
      if (typeof own(item, 'url') !== 'string') return 'a tweet photo has no `url`';
    } else if (type === 'video' || type === 'gif') {
      const sources = own(item, 'sources');
      if (typeof own(item, 'poster') !== 'string' || !Array.isArray(sources))
        return 'a tweet video has no poster or sources';
      if (!sources.every((s) => isRecord(s) && isString(own(s, 'url')) && isString(own(s, 'type')))) {
        return 'a tweet video source has no url or type';
      }
    } else return 'a tweet media item is not a photo, video or gif';
  }
  return undefined;
}

function cardProblem(card: unknown): Problem {
  if (!isRecord(card) || typeof own(card, 'url') !== 'string') return 'the tweet card has no `url`';
  for (const key of ['title', 'description', 'domain']) {
    if (!optional(own(card, key), isString)) return `the tweet card's \`${key}\` is not a string`;
  }
  const image = own(card, 'image');
  if (image !== undefined && (!isRecord(image) || typeof own(image, 'url') !== 'string'))
    return 'the card image has no url';
  return undefined;
}

function pollProblem(poll: unknown): Problem {
  if (!isRecord(poll) || !Array.isArray(own(poll, 'choices')) || !isCount(own(poll, 'total'))) {
    return 'the poll has no choices or total';
  }
  const choices = own(poll, 'choices') as readonly unknown[];
  if (!choices.every((c) => isRecord(c) && isString(own(c, 'label')) && isCount(own(c, 'count')))) {
    return 'a poll choice has no label or count';
  }
  return optional(own(poll, 'endsAt'), isString) ? undefined : 'the poll end is not a string';
}

function oneTweetProblem(tweet: Fields): Problem {
  const author = own(tweet, 'author');
  if (!isRecord(author) || !isString(own(author, 'name')) || !isString(own(author, 'handle'))) {
    return 'the tweet has no author name and handle';
  }
  for (const key of ['url', 'avatarUrl', 'avatarShape', 'verified']) {
    if (!optional(own(author, key), isString)) return `the author's \`${key}\` is not a string`;
  }
  const affiliate = own(author, 'affiliate');
  if (affiliate !== undefined && (!isRecord(affiliate) || !isString(own(affiliate, 'label')))) {
    return 'the affiliate label is not a string';
  }
  for (const key of ['id', 'url', 'createdAt', 'lang']) {
    if (!optional(own(tweet, key), isString)) return `the tweet's \`${key}\` is not a string`;
  }
  const reply = own(tweet, 'inReplyTo');
  if (reply !== undefined && (!isRecord(reply) || !isString(own(reply, 'handle')) || !isString(own(reply, 'url')))) {
    return 'the tweet’s `inReplyTo` has no handle and url';
  }
  const counts = own(tweet, 'counts');
  if (counts !== undefined && (!isRecord(counts) || !Object.values(counts).every((n) => optional(n, isCount)))) {
    return 'the tweet counts are not numbers';
  }
  return (
    segmentsProblem(own(tweet, 'body')) ??
    mediaProblem(own(tweet, 'media')) ??
    (own(tweet, 'card') === undefined ? undefined : cardProblem(own(tweet, 'card'))) ??
    (own(tweet, 'poll') === undefined ? undefined : pollProblem(own(tweet, 'poll')))
  );
}

/** What is wrong with a stored tweet object, or undefined when it can be rendered. */
export function tweetProblem(value: unknown): Problem {
  const stack: { tweet: unknown; depth: number }[] = [{ tweet: value, depth: 0 }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    if (!isRecord(top.tweet)) return 'the tweet is not an object';
    const problem = oneTweetProblem(top.tweet);
    if (problem !== undefined) return problem;
    for (const key of ['quoted', 'parent']) {
      const nested = own(top.tweet, key);
      if (nested === undefined) continue;
      if (top.depth + 1 > MAX_TWEET_DEPTH) return `tweets nest deeper than ${MAX_TWEET_DEPTH}`;
      stack.push({ tweet: nested, depth: top.depth + 1 });
    }
  }
  return undefined;
}

const ALIGN = new Set(['center', 'start', 'end', 'wide']);
const SIZE = new Set(['normal', 'wide', 'full']);

/**
 * What is wrong with a block of a type this version knows, or undefined when
 * it has the shape its type promises (`ArticleBody` renders nothing else).
 */
export function blockProblem(value: { type: string }): Problem {
  const block = value as unknown as Fields & { type: string };
  const problem = base(block);
  if (problem !== undefined) return problem;
  const get = (key: string) => own(block, key);
  switch (block.type) {
    case 'paragraph':
      return inlinesProblem(get('children'), 'children');
    case 'heading':
      return [2, 3, 4].includes(get('level') as number)
        ? inlinesProblem(get('children'), 'children')
        : '`level` is not 2, 3 or 4';
    case 'list':
      return optional(get('ordered'), (v) => typeof v === 'boolean')
        ? linesProblem(get('items'), 'items')
        : '`ordered` is not a boolean';
    case 'quote':
    case 'pullquote':
      if (!optional(get('attribution'), isString)) return '`attribution` is not a string';
      if (!optional(get('cite'), isString)) return '`cite` is not a string';
      if (!optional(get('align'), (v) => ALIGN.has(v as string))) return '`align` is not center, start, end or wide';
      return linesProblem(get('children'), 'children');
    case 'figure':
      if (!isString(get('src')) || !isString(get('alt'))) return 'a figure needs a string `src` and `alt`';
      if (!optional(get('width'), isDimension) || !optional(get('height'), isDimension)) return 'bad width or height';
      if (!optional(get('credit'), isString)) return '`credit` is not a string';
      if (!optional(get('size'), (v) => SIZE.has(v as string))) return '`size` is not normal, wide or full';
      return get('caption') === undefined ? undefined : inlinesProblem(get('caption'), 'caption');
    case 'tweet':
      return tweetProblem(get('tweet'));
    case 'audio':
      return optional(get('src'), isString) && optional(get('title'), isString)
        ? undefined
        : '`src` and `title` must be strings';
    case 'divider':
      return undefined;
    case 'embed':
      if (typeof get('provider') !== 'string' || (get('provider') as string).trim() === '') return 'no `provider`';
      if (!isString(get('url'))) return 'no string `url`';
      return optional(get('title'), isString) ? undefined : '`title` is not a string';
    default:
      return undefined;
  }
}
