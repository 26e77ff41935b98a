import type { TweetLabels } from '../labels.js';

export const tweetEn: TweetLabels = {
  showMore: 'Show more',
  replyingTo: 'Replying to {handle}',
  parentPost: 'Post being replied to',
  quotedPost: 'Quoted post',
  viewOnX: 'View on X',
  readOnX: 'Read on X',
  reply: 'Reply',
  repost: 'Repost',
  like: 'Like',
  verifiedBlue: 'Verified account',
  verifiedBusiness: 'Verified organization',
  verifiedGovernment: 'Verified government account',
  image: 'Image',
  imageOf: 'Image {index} of {count}',
  video: 'Video',
  gif: 'GIF',
  pollVotes: '{count} votes',
  pollFinal: 'Final results',
  pollEnds: 'Ends {date}',
};
