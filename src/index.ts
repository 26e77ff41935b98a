// Broadsheet's public API. Everything a user can import is listed here.

// ── Article components ───────────────────────────────────────────────────────
export { PullQuote, type PullQuoteAlign, type PullQuoteProps } from './components/article/PullQuote.js';
