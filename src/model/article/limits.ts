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
