/**
 * schema.org NewsArticle data for an article, as a plain object, and its
 * serialization for a `<script type="application/ld+json">`. Pure: no React.
 */

import { safeHttpUrl } from '../shared/url-fast.js';
import { blockProblem } from './block-shape.js';
import { inlinePlainText } from './inline-text.js';
import type { Article, Block, Inline } from './types.js';

export interface JsonLdPerson {
  name: string;
  url?: string;
}

export interface ArticleMeta {
  headline: string;
  /** The page's canonical URL. */
  url?: string;
  description?: string;
  /** ISO 8601. */
  datePublished?: string;
  dateModified?: string;
  authors?: (string | JsonLdPerson)[];
  /** Image URLs; search engines prefer several aspect ratios. */
  images?: string[];
  publisher?: { name: string; url?: string; logo?: string };
  section?: string;
  /**
   * CSS selectors of the parts a voice assistant should read; without them
   * there is no `speakable`. `<ArticleJsonLd>` defaults them to the headline
   * and standfirst that `ArticleHeader` renders (the model knows no CSS classes).
   */
  speakable?: string[];
}

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonLdObject = { [key: string]: JsonValue };

/** The article's own words (no embeds, no pull quotes that repeat them), one block per line. */
export function articleText(article: Article): string {
  const given: readonly unknown[] = Array.isArray(article?.blocks) ? article.blocks : [];
  // A stored article may hold anything: only blocks of the shape their type promises are read.
  const blocks = given.filter(
    (value): value is Block =>
      typeof value === 'object' &&
      value !== null &&
      typeof (value as Block).type === 'string' &&
      blockProblem(value as Block) === undefined,
  );
  return blocksText(blocks);
}

/** The words of blocks known to be well-formed (a parser's own), one block per line. */
export function blocksText(blocks: readonly Block[]): string {
  const lines: string[] = [];
  const add = (inlines: readonly Inline[]) => {
    const line = inlinePlainText(inlines).trim();
    if (line !== '') lines.push(line);
  };
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        add(block.children);
        break;
      case 'list':
        for (const item of block.items) add(item);
        break;
      case 'quote':
        for (const paragraph of block.children) add(paragraph);
        break;
      default:
        break;
    }
  }
  return lines.join('\n');
}

// Meta comes from a CMS too: only strings reach the data, whatever else a field holds.
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => !!text(v)) : []);

function person(author: unknown): JsonLdObject | undefined {
  const record = typeof author === 'object' && author !== null ? (author as Partial<JsonLdPerson>) : undefined;
  const name = text(author) ?? text(record?.name);
  if (name === undefined) return undefined;
  const url = safeHttpUrl(record?.url);
  return url ? { '@type': 'Person', name, url } : { '@type': 'Person', name };
}

function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 100) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** A schema.org `NewsArticle` (with `speakable` when selectors are given), ready for `JSON.stringify`. */
export function articleJsonLd(article: Article, meta: ArticleMeta): JsonLdObject {
  const body = articleText(article);
  const out: JsonLdObject = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: text(meta?.headline) ?? '',
  };
  const url = safeHttpUrl(meta.url);
  if (url) {
    out.url = url;
    out.mainEntityOfPage = { '@type': 'WebPage', '@id': url };
  }
  const description = text(meta.description);
  if (description) out.description = description;
  if (article.lang) out.inLanguage = article.lang;
  const published = isoDate(meta.datePublished);
  if (published) out.datePublished = published;
  const modified = isoDate(meta.dateModified);
  if (modified) out.dateModified = modified;
  const authors = (Array.isArray(meta.authors) ? meta.authors : [])
    .map(person)
    .filter((p): p is JsonLdObject => p !== undefined);
  if (authors.length) out.author = authors;
  const images = texts(meta.images)
    .map((src) => safeHttpUrl(src))
    .filter((src): src is string => Boolean(src));
  if (images.length) out.image = images;
  const publisherName = text(meta.publisher?.name);
  if (meta.publisher && publisherName) {
    const publisher: JsonLdObject = { '@type': 'NewsMediaOrganization', name: publisherName };
    const publisherUrl = safeHttpUrl(meta.publisher.url);
    if (publisherUrl) publisher.url = publisherUrl;
    const logo = safeHttpUrl(meta.publisher.logo);
    if (logo) publisher.logo = { '@type': 'ImageObject', url: logo };
    out.publisher = publisher;
  }
  const section = text(meta.section);
  if (section) out.articleSection = section;
  if (body) {
    out.articleBody = body;
    out.wordCount = body.split(/\s+/u).filter(Boolean).length;
  }
  const speakable = texts(meta.speakable);
  if (speakable.length) out.speakable = { '@type': 'SpeakableSpecification', cssSelector: speakable };
  return out;
}

/**
 * JSON that is safe as the text of a `<script>` element: `<`, `>` and `&` as
 * `\u` escapes (so no `</script>` or `<!--` can appear), and the two line
 * separators JavaScript once treated as newlines. JSON parsers read the
 * escapes back as the same characters.
 */
export function serializeJsonLd(data: JsonLdObject): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
