/**
 * The shape of every UI string Broadsheet renders, one interface per feature.
 * Strings are plain text with `{placeholders}`: word order differs by language,
 * so the variable part is a placeholder rather than a prefix, and a publisher
 * can keep translations in JSON and pass them from a server component.
 */

export interface TweetLabels {
  showMore: string;
  /** `{handle}` is the replied-to account, rendered as a link. */
  replyingTo: string;
  /** Names the compact parent tweet shown above a reply. */
  parentPost: string;
  /** Names the nested card of a quoted tweet. */
  quotedPost: string;
  viewOnX: string;
  readOnX: string;
  reply: string;
  repost: string;
  like: string;
  verifiedBlue: string;
  verifiedBusiness: string;
  verifiedGovernment: string;
  image: string;
  /** Names a photo without alt text in a grid of several: `{index}` and `{count}` are formatted numbers. */
  imageOf: string;
  video: string;
  gif: string;
  /** `{count}` is already formatted for the locale. */
  pollVotes: string;
  pollFinal: string;
  /** `{date}` is a `<time>` element. */
  pollEnds: string;
}

/** What posts from other networks (Bluesky, Mastodon) and X's Community Notes add to a post. */
export interface SocialLabels {
  viewOnBluesky: string;
  readOnBluesky: string;
  viewOnMastodon: string;
  readOnMastodon: string;
  /** `{name}` is who reposted (Bluesky) the post. */
  repostedBy: string;
  /** `{name}` is who boosted (Mastodon) the post. */
  boostedBy: string;
  /** The summary of a collapsed post; `{text}` is the author's warning or the labels' names. */
  contentWarning: string;
  labelSexual: string;
  labelNudity: string;
  labelPorn: string;
  labelGraphicMedia: string;
  labelWarn: string;
  labelSensitive: string;
  /** X's heading above a Community Note, as X words it. */
  communityNote: string;
  /** The link to the note's page on X. */
  communityNoteLink: string;
  audio: string;
}

/** A tweet that could not be shown, and the loading skeleton. */
export interface TweetStateLabels {
  loading: string;
  unavailableNotFound: string;
  unavailableDeleted: string;
  unavailablePrivate: string;
  unavailableInvalid: string;
  unavailableNetwork: string;
}

/** Article body and header: skip links, pull quote, consent, dates, embed cards. */
export interface ArticleLabels {
  /** `{handle}` is the post's author. */
  skipPost: string;
  endOfPost: string;
  /** `{provider}` is the embed's provider name. */
  skipEmbed: string;
  endOfEmbed: string;
  pullQuote: string;
  consentShow: string;
  consentNotice: string;
  consentAlways: string;
  published: string;
  updated: string;
  /** An embed card's link text when it has no title. */
  openOn: string;
  /** The link of a post known only by its URL; `{handle}` is its author. */
  tweetReference: string;
  /** Development-only placeholder; `{type}` is the block type. */
  unknownBlock: string;
  /** The development placeholder for a known block type with the wrong shape. */
  invalidBlock: string;
}

/** The listen-to-story player. */
export interface PlayerLabels {
  listen: string;
  play: string;
  pause: string;
  resume: string;
  stop: string;
  speed: string;
  /** The seek slider's name. */
  seek: string;
  /** Names the player group. */
  player: string;
}

/** Every string, as one flat object: a language pack, or a caller's overrides of any of them. */
export type Labels = TweetLabels & SocialLabels & TweetStateLabels & ArticleLabels & PlayerLabels;

/** The languages Broadsheet ships strings for (`broadsheet/locales`); English is built in. */
export type Language = 'en' | 'fa' | 'ar' | 'es' | 'fr' | 'de' | 'ja';
