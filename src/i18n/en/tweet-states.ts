import type { TweetStateLabels } from '../labels.js';

export const tweetStatesEn: TweetStateLabels = {
  loading: 'Loading post…',
  unavailableNotFound: 'This post doesn’t exist.',
  unavailableDeleted: 'This post was deleted.',
  unavailablePrivate: 'This post is from an account that limits who can view its posts.',
  unavailableInvalid: 'This post can’t be displayed.',
  unavailableNetwork: 'This post couldn’t be loaded. Try again later.',
};
