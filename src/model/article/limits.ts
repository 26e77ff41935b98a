/**
 * Embedded posts read as posts in one article, from HTML or copied text. A
 * post card is the costliest block to read and render (about a tenth of a
 * millisecond): 2 MB of hostile embeds made 11,000 cards and a 1.8 s server
 * render. Live blogs carry tens to a few hundred; past this, each post keeps
 * its text, author line and link as a quote, with a warning.
 */
export const MAX_POSTS = 500;

/** The warning for posts read as quotes past MAX_POSTS. */
export const POSTS_AS_QUOTES = `read embedded posts past the first ${MAX_POSTS} as quotes`;

/**
 * Links kept in one article, from HTML or copied text. News articles carry
 * tens to a few hundred; 2 MB of bare anchors made 57,000 and a one-second
 * server render. Past this, a link's text stays and its address is dropped,
 * with a warning.
 */
export const MAX_LINKS = 10_000;

/** The warning for links past MAX_LINKS. */
export const LINKS_AS_TEXT = `kept links past the first ${MAX_LINKS.toLocaleString('en')} as text`;
