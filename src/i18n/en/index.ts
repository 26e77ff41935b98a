import type { Labels } from '../labels.js';
import { articleEn } from './article.js';
import { playerEn } from './player.js';
import { socialEn } from './social.js';
import { tweetEn } from './tweet.js';
import { tweetStatesEn } from './tweet-states.js';

/** Every UI string in English, the components' built-in default. */
export const en: Labels = { ...tweetEn, ...socialEn, ...tweetStatesEn, ...articleEn, ...playerEn };
