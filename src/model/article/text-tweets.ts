/**
 * Where a tweet starts in copied text. The signature marks where it ends;
 * going up from there, each line is the tweet's until a signal says it is the
 * article's. The signals hold in every language: X's 280-weight limit, blank
 * lines, where links sit, list markers, quotation marks of every script, and
 * how long a sentence is; one small list of reporting words (wrote, said,
 * posted), in each language whose signature dates we read, is one signal
 * among them, never alone: it counts only for a full sentence without a
 * hashtag, mention, link or emoji.
 */
import { MAX_TWEET_WEIGHT, tweetWeight } from '../tweet/length.js';

/** What the reader knows about the lines around a tweet. */
export interface TweetLines {
  readonly lines: readonly string[];
  /** Copies made with innerText put a blank line between paragraphs (a tweet's own lines stay together). */
  readonly blankSeparated: boolean;
  /** Lines that are never a tweet's: signatures, the audio label, page furniture, embeds. */
  isBarrier(index: number): boolean;
}

// A line that introduces what follows ("He wrote on X:", "كتب:") belongs to the article.
const INTRODUCES = /[:：]\s*$/u;
// Things tweets have and news paragraphs rarely do.
const TWEET_MARKERS =
  /(?:^|[^\p{L}\p{N}_&])[#＃@＠][\p{L}\p{N}_]|https?:\/\/|pic\.twitter\.com|\bt\.co\/|\p{Extended_Pictographic}/u;
// A listicle's own number on a line of its own: "2.", "(3)", "#4", "٥.", "7)".
const LIST_MARKER = /^[([#№]?\p{Nd}{1,3}[.)\]:．、]?$/u;
// X's media link, or a t.co link, ending a word (copies glue them: `-15https://t.co/x`): X puts them last.
const X_LINK = /(?:https?:\/\/)?(?:pic\.twitter\.com|t\.co)\/\w+$/iu;
const SENTENCE_END = new Set([...'.!?。！？؟۔।…']);
// Quotation marks of every script, as openers and closers (apostrophes left out: they sit inside words).
const QUOTES = new Set([...'"“”„‟«»‹›「」『』〝〞＂']);
const CLOSERS = new Set([...QUOTES, ..."’')]）】"]);
// The same marks as a pattern, so long lines are searched natively rather than a character at a time.
const QUOTE_MARK = new RegExp(`[${[...QUOTES].join('')}]`, 'gu');
const LETTER = /\p{L}/u;
// A sentence this long without hashtags, mentions, links or emoji reads as the article's.
const PROSE_WEIGHT = 140;
/** Four times X's limit: the weight past which one line above a signature is never a post's own. */
const MAX_LINE_WEIGHT = 4 * MAX_TWEET_WEIGHT;
// What a reporter's sentence about a post says ("…, she wrote on X.", "…, he said."), in the languages of
// signature dates; words of scripts without spaces (Japanese, Chinese) match inside a sentence.
const REPORTING_WORDS = (
  'tweet|post|wrote|replied|said|says|on x|on twitter|tuit|publicó|escribió|dijo|publié|a écrit|a déclaré|a dit|' +
  'schrieb|twitterte|sagte|publicou|escreveu|disse|ha scritto|ha detto|schreef|zei|yazdı|paylaştı|dedi|söyledi|' +
  'написал|заявил|сказал|твит|غرد|غرّد|تغريد|وغرد|كتب|وكتب|قال|وقال|نوشت|گفت|توییت|צייץ|כתב|אמר|ट्वीट|लिखा|कहा|' +
  'menulis|mengatakan|cuit|트윗|말했다|밝혔다'
).split('|');
const REPORTING_CJK = 'ツイート|投稿|述べ|推文|写道|表示|發文|发文'.split('|');
const REPORTING = new RegExp(`(?<![\\p{L}\\p{N}])(?:${REPORTING_WORDS.join('|')})|${REPORTING_CJK.join('|')}`, 'iu');

/** Whether the line ends with X's media or t.co link: where a tweet ends, never the middle of the next one. */
export function endsWithXLink(line: string): boolean {
  return X_LINK.test(line.slice(line.lastIndexOf(' ') + 1));
}

export function isListMarker(line: string): boolean {
  return line.length <= 6 && LIST_MARKER.test(line);
}

/** The line without the closing quotes and brackets after its last word. */
function withoutClosers(line: string): string {
  let end = line.length;
  while (end > 0 && CLOSERS.has(line[end - 1] ?? '')) end -= 1;
  return line.slice(0, end);
}

function endsSentence(line: string): boolean {
  return SENTENCE_END.has(withoutClosers(line).at(-1) ?? '');
}

/**
 * A reporter's sentence around a quotation: words of its own, then the
 * quoted words, ending on the closing mark (`Trump said that "…".`,
 * `أوضح ترامب أن "…".`). A post may quote too, but rarely ends on the quote.
 */
export function isReportedSpeech(line: string): boolean {
  if (QUOTES.has(line[0] ?? '')) return false;
  let end = line.length;
  while (end > 0 && SENTENCE_END.has(line[end - 1] ?? '')) end -= 1;
  if (!QUOTES.has(line[end - 1] ?? '')) return false;
  return quoteMarks(line, 2).length >= 2;
}

/** Where the line's quotation marks are, the first `enough` of them (found by one native scan). */
function quoteMarks(line: string, enough = Number.POSITIVE_INFINITY): number[] {
  const found: number[] = [];
  for (const match of line.matchAll(QUOTE_MARK)) {
    found.push(match.index);
    if (found.length >= enough) break;
  }
  return found;
}

function looksLikeArticle(text: string): boolean {
  if (TWEET_MARKERS.test(text) || !endsSentence(text)) return false;
  return isReportedSpeech(text) || tweetWeight(text, PROSE_WEIGHT) >= PROSE_WEIGHT || REPORTING.test(text);
}

/**
 * The sentence `index` belongs to: a line that starts in lower case goes on
 * from a line above that did not end its sentence (a page's line break
 * inside a paragraph), so the article's test reads them together.
 */
function sentenceAt(lines: readonly string[], index: number, floor: number): string {
  let text = lines[index] ?? '';
  let at = index;
  while (at > floor && /^\p{Ll}/u.test(text)) {
    const above = lines[at - 1] ?? '';
    if (above === '' || endsSentence(above)) break;
    text = `${above} ${text}`;
    at -= 1;
  }
  return text;
}

/** The line without the media and t.co links X appends, peeled off word by word (a scan: linear on any run of links). */
function withoutTrailingLinks(line: string): string {
  let text = line.trimEnd();
  for (;;) {
    const word = text.slice(text.lastIndexOf(' ') + 1);
    const link = X_LINK.exec(word);
    if (link === null) return text;
    text = text.slice(0, text.length - link[0].length).trimEnd();
  }
}

/** The weight X gives the tweet's text: without the links it appends, nor the "…" it adds when cutting. */
function textWeight(line: string): number {
  const text = withoutTrailingLinks(line);
  // Past X's limit nothing above can join the tweet, however far past: the weighing stops there.
  return tweetWeight(text.endsWith('…') ? text.slice(0, -1) : text, MAX_TWEET_WEIGHT);
}

/** Whether a tweet's last line ends as X cuts a long post: `…`, perhaps followed by its links. */
function isCutShort(line: string): boolean {
  return withoutTrailingLinks(line).endsWith('…');
}

/** Words of its own around a quotation: `…أن "…"`, `「…」と述べた。`. */
function quotesSomeone(line: string): boolean {
  const marks = quoteMarks(line);
  if (marks.length < 2) return false;
  // A letter outside the quotes: before the first mark, between a closing and the next opening one, or after the last pair.
  for (let index = 0; index <= marks.length; index += 2) {
    const from = index === 0 ? 0 : (marks[index - 1] ?? 0) + 1;
    const to = marks[index] ?? line.length;
    if (LETTER.test(line.slice(from, to))) return true;
  }
  return false;
}

/**
 * Whether the line right above a signature is the tweet's own. It is not
 * when it is a list marker, or the reporter's paraphrase left where the site
 * removed the tweet: a long sentence without tweet markers around a quotation
 * that it ends on, or that a reporting word introduces.
 */
function isTweetText(line: string): boolean {
  if (isListMarker(line)) return false;
  if (TWEET_MARKERS.test(line) || tweetWeight(line, PROSE_WEIGHT) < PROSE_WEIGHT || !quotesSomeone(line)) return true;
  return !(isReportedSpeech(line) || REPORTING.test(line));
}

/**
 * The first line of the tweet whose signature is on line `signature` (equal
 * to `signature` when no line above is its text). Lines at or above `floor`
 * belong to earlier blocks. Going up from the tweet's last line, a line is
 * the tweet's too unless:
 * - it is a barrier (another signature, the audio label, furniture, an embed),
 *   a list marker, or introduces the embed (ends with a colon);
 * - it ends with X's media or t.co link: that is where another tweet ended;
 * - the tweet would outgrow X's 280 weighted characters with it;
 * - in a copy that parts paragraphs with blank lines, a blank line parts it
 *   from a tweet that was flattened into one paragraph (its signature right
 *   under or on its last line), and it has no hashtag, mention, link or emoji;
 * - it reports speech (words of its own, then a quotation it ends on), unless
 *   nothing parts it from the tweet in a blank-line copy;
 * - it reads like the article: a full sentence without tweet markers that is
 *   long, quotes someone, or speaks of a post — unless the tweet was cut short
 *   by X (its fallback then fills the limit: what still fits is its own), or
 *   it is in the tweet's block: no blank line parts them in a blank-line
 *   copy (one `<p>` with `<br>`s), or one does in a copy without them (the
 *   tweet's own `<br><br>`).
 */
export function tweetStart(context: TweetLines, signature: number, floor: number): number {
  const { lines, blankSeparated } = context;
  let last = signature - 1;
  while (last >= floor && lines[last] === '') last -= 1;
  const lastLine = lines[last];
  if (last < floor || lastLine === undefined || context.isBarrier(last)) return signature;
  const truncated = isCutShort(lastLine);
  // A line far heavier than any short post (Bluesky's 300 characters, or CJK at X's weights, stay well under) is the
  // article's, unless X cut it short; read as a post, 10 KB of links was 1,400 entities for the line above a signature.
  // Asked first: the weight stops counting at the cap, where the markers' patterns below read the whole line.
  if (!truncated && tweetWeight(withoutTrailingLinks(lastLine), MAX_LINE_WEIGHT) > MAX_LINE_WEIGHT) return signature;
  if (!isTweetText(lastLine)) return signature;
  // In a blank-line copy X's markup leaves a blank line before the signature; a signature on the text's
  // own line or right under it means the tweet was flattened into one paragraph of the page.
  const attached = lines[signature - 1] !== '';
  let start = last;
  let weight = textWeight(lastLine);
  let gap = false;
  for (let index = last - 1; index >= floor; index -= 1) {
    const line = lines[index] ?? '';
    if (line === '') {
      gap = true;
      continue;
    }
    if (context.isBarrier(index) || isListMarker(line) || INTRODUCES.test(line) || endsWithXLink(line)) break;
    // Each line break, blank lines included, is a character of the tweet.
    // Capped: a line that cannot fit need not be weighed to its end.
    const next = weight + (start - index) + tweetWeight(line, MAX_TWEET_WEIGHT - weight);
    if (next > MAX_TWEET_WEIGHT) break;
    if (gap && blankSeparated ? attached && !TWEET_MARKERS.test(line) : isReportedSpeech(line)) break;
    // One `<p>` of a blank-line copy, or a tweet's own blank line (`<br><br>`) in a copy without them.
    const sameBlock = blankSeparated !== gap;
    if (!sameBlock && !truncated && looksLikeArticle(sentenceAt(lines, index, floor))) break;
    start = index;
    weight = next;
    gap = false;
  }
  return start;
}
