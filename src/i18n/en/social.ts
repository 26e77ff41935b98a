import type { SocialLabels } from '../labels.js';

export const socialEn: SocialLabels = {
  viewOnBluesky: 'View on Bluesky',
  readOnBluesky: 'Read on Bluesky',
  viewOnMastodon: 'View on Mastodon',
  readOnMastodon: 'Read on Mastodon',
  repostedBy: '{name} reposted',
  boostedBy: '{name} boosted',
  contentWarning: 'Content warning: {text}',
  labelSexual: 'Adult content',
  labelNudity: 'Nudity',
  labelPorn: 'Adult content',
  labelGraphicMedia: 'Graphic media',
  labelWarn: 'Content warning',
  labelSensitive: 'Sensitive content',
  communityNote: 'Readers added context they thought people might want to know',
  communityNoteLink: 'Community Notes',
  audio: 'Audio',
};
