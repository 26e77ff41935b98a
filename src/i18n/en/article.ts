import type { ArticleLabels } from '../labels.js';

export const articleEn: ArticleLabels = {
  skipPost: 'Skip post by {handle}',
  endOfPost: 'End of post by {handle}',
  skipEmbed: 'Skip embedded content from {provider}',
  endOfEmbed: 'End of embedded content',
  pullQuote: 'Pull quote',
  consentShow: 'Show content from {provider}',
  consentNotice: 'This content is hosted by {provider}. Showing it may set cookies and share data with {provider}.',
  consentAlways: 'Always allow',
  published: 'Published',
  updated: 'Updated',
  openOn: 'Open on {provider}',
  tweetReference: 'Post by {handle} on X',
  unknownBlock: 'Unknown block type “{type}” (shown in development only)',
  invalidBlock: 'Malformed “{type}” block left out: {problem} (shown in development only)',
};
