import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { Tweet as TweetData } from '../../model/tweet/types.js';
import { storyLocale } from '../story-locale.js';
import { entitiesTweet, seedTweet, storyTweet } from './fixtures/index.js';
import { expectTabOrder } from './story-helpers.js';
import { Tweet } from './Tweet.js';

const meta = {
  title: 'Tweet/Tweet',
  component: Tweet,
  args: { tweet: storyTweet('2013344262562123779') },
  argTypes: {
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    media: { control: 'inline-radio', options: ['show', 'none'] },
    locale: { control: 'select', options: ['en', 'fa', 'ar', 'es', 'fr', 'de', 'ja'] },
  },
  // The toolbar's locale applies unless a story sets one.
  render: (args, { globals }) => <Tweet {...args} {...storyLocale(args, globals)} />,
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof Tweet>;

export default meta;
type Story = StoryObj<typeof meta>;

const tabOrder: Story['play'] = async ({ canvasElement }) => expectTabOrder(canvasElement);

export const TextOnly: Story = {
  args: { tweet: storyTweet('1961355222363570477') },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.bs-tweet-media')).toBeNull();
    await expectTabOrder(canvasElement);
  },
};

/** Hashtag and mentions as links to X, from a real payload. */
export const Entities: Story = {
  args: { tweet: storyTweet('1980977522860003429') },
  play: async ({ canvasElement }) => {
    const body = canvasElement.querySelector('.bs-tweet-body') as HTMLElement;
    const links = within(body).getAllByRole('link');
    await expect(links.map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining(['https://x.com/ryoppippi', 'https://x.com/yamadashy']),
    );
    for (const link of links) await expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    await expectTabOrder(canvasElement);
  },
};

/** Every kind of entity — cashtags, hashtag, mention, URL — from hand-written copied text (no public payload has a cashtag). */
export const AllEntityKinds: Story = {
  args: { tweet: entitiesTweet() },
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.querySelector('.bs-tweet-body') as HTMLElement);
    await expect(body.getByRole('link', { name: '$TSLA' })).toHaveAttribute('href', 'https://x.com/search?q=%24TSLA');
    await expect(body.getByRole('link', { name: '#StormWatch' })).toHaveAttribute(
      'href',
      'https://x.com/hashtag/StormWatch',
    );
    await expect(body.getByRole('link', { name: '@CityRiverOps' })).toHaveAttribute(
      'href',
      'https://x.com/CityRiverOps',
    );
    await expect(body.getByRole('link', { name: 'https://example.org/ferries' })).toHaveAttribute(
      'href',
      'https://example.org/ferries',
    );
    await expectTabOrder(canvasElement);
  },
};

/** Emoji (two UTF-16 units each) before a mention and a URL: the links still land on the right words. */
export const EmojiBeforeEntities: Story = {
  args: { tweet: storyTweet('1983181445486235826') },
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.querySelector('.bs-tweet-body') as HTMLElement);
    await expect(body.getByRole('link', { name: '@ryoppippi' })).toHaveAttribute('href', 'https://x.com/ryoppippi');
    await expectTabOrder(canvasElement);
  },
};

export const OnePhoto: Story = { args: { tweet: storyTweet('1924053628370796715') }, play: tabOrder };
export const TwoPhotos: Story = { args: { tweet: storyTweet('2013344262562123779') }, play: tabOrder };
export const ThreePhotos: Story = { args: { tweet: storyTweet('1981482104484745648') }, play: tabOrder };
export const FourPhotos: Story = {
  args: { tweet: storyTweet('888045891658973185') },
  play: async ({ canvasElement }) => {
    const grid = canvasElement.querySelector('.bs-tweet-media') as HTMLElement;
    await expect(grid).toHaveAttribute('data-count', '4');
    // The grid's box is reserved by its ratio, not by the images arriving.
    const { width, height } = grid.getBoundingClientRect();
    await expect(Math.abs(width / height - 16 / 9)).toBeLessThan(0.05);
    await expectTabOrder(canvasElement);
  },
};

export const Video: Story = {
  args: { tweet: storyTweet('1997456196723208373') },
  play: async ({ canvasElement }) => {
    const video = canvasElement.querySelector('video') as HTMLVideoElement;
    await expect(video).toHaveAttribute('controls');
    await expect(video).toHaveAttribute('preload', 'none');
    await expect(video).not.toHaveAttribute('autoplay');
    await expect(video.querySelector('source')?.getAttribute('type')).toBe('video/mp4');
    await expectTabOrder(canvasElement);
  },
};

/** Loops muted, and never starts by itself: no autoplay to undo for people who prefer reduced motion. */
export const Gif: Story = {
  args: { tweet: storyTweet('1763504450565046316') },
  play: async ({ canvasElement }) => {
    const video = canvasElement.querySelector('video') as HTMLVideoElement;
    await expect(video.loop).toBe(true);
    await expect(video.muted).toBe(true);
    await expect(video.autoplay).toBe(false);
    await expect(video).toHaveAttribute('controls');
  },
};

export const QuotedWithMedia: Story = {
  args: { tweet: storyTweet('1911049580936143281') },
  play: async ({ canvasElement }) => {
    const quoted = canvasElement.querySelector('blockquote.bs-tweet-quoted') as HTMLElement;
    await expect(quoted.querySelector('.bs-tweet-media img')).not.toBeNull();
    const link = quoted.querySelector('a.bs-tweet-time') as HTMLAnchorElement;
    await expect(link.href).toMatch(/^https:\/\/x\.com\/.+\/status\/\d+$/);
    await expect(quoted).toHaveAttribute('cite', link.href);
    await expectTabOrder(canvasElement);
  },
};

export const ReplyWithParent: Story = {
  args: { tweet: storyTweet('1968476404229751199') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const parent = canvas.getByRole('group', { name: 'Post being replied to' });
    await expect(parent.compareDocumentPosition(canvas.getByText(/Replying to/))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const replying = canvas.getByText(/Replying to/);
    await expect(within(replying).getByRole('link', { name: '@ryoppippi' }).getAttribute('href')).toMatch(
      /^https:\/\/x\.com\/ryoppippi(\/status\/\d+)?$/,
    );
    await expectTabOrder(canvasElement);
  },
};

/** A long "note" tweet: X cut the text, so it ends with a link to the whole post. */
export const Truncated: Story = {
  args: { tweet: storyTweet('1986740701854335020') },
  play: async ({ canvasElement, args }) => {
    const more = within(canvasElement).getByRole('link', { name: 'Show more' });
    await expect(more).toHaveAttribute('href', args.tweet.url);
    await expectTabOrder(canvasElement);
  },
};

export const LinkCard: Story = {
  args: { tweet: storyTweet('1760216535659446283') },
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('a.bs-tweet-card') as HTMLAnchorElement;
    await expect(card).toHaveAttribute('data-large');
    await expect(card.querySelector('img')).toHaveAttribute('alt', '');
    await expectTabOrder(canvasElement);
  },
};

export const PollEnded: Story = {
  args: { tweet: storyTweet('1877686827217846294') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/Final results/)).toBeInTheDocument();
    const choices = canvasElement.querySelectorAll('.bs-tweet-poll > li');
    await expect(choices.length).toBe(3);
    await expect(canvasElement.querySelectorAll('.bs-tweet-poll > li[data-leading]').length).toBe(1);
  },
};

function openPoll(tweet: TweetData): TweetData {
  if (!tweet.poll) throw new Error('poll fixture has no poll');
  return { ...tweet, poll: { ...tweet.poll, ended: false, endsAt: '2031-01-07T18:00:00.000Z' } };
}

/** The ended poll, reopened: it says when voting closes (a date, which never goes stale in cached HTML). */
export const PollOpen: Story = {
  args: { tweet: openPoll(storyTweet('1877686827217846294')) },
  play: async ({ canvasElement }) => {
    const time = canvasElement.querySelector('.bs-tweet-poll-meta time');
    await expect(time).toHaveAttribute('datetime', '2031-01-07T18:00:00.000Z');
    await expect(canvasElement.querySelector('.bs-tweet-poll > li[data-leading]')).toBeNull();
  },
};

export const VerifiedBlue: Story = {
  args: { tweet: storyTweet('1979458237280952529') },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img', { name: 'Verified account' })).toBeInTheDocument();
  },
};

export const VerifiedBusiness: Story = {
  args: { tweet: storyTweet('1760216535659446283') },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img', { name: 'Verified organization' })).toBeInTheDocument();
    await expect(canvasElement.querySelector('.bs-tweet-avatar')).toHaveAttribute('data-square');
  },
};

function government(tweet: TweetData): TweetData {
  return { ...tweet, author: { ...tweet.author, verified: 'government', avatarShape: 'square' } };
}

/** No public payload has a government account: a real one with the badge type changed. */
export const VerifiedGovernment: Story = {
  args: { tweet: government(storyTweet('1979458237280952529')) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img', { name: 'Verified government account' })).toBeInTheDocument();
  },
};

export const AffiliateLabel: Story = {
  args: { tweet: storyTweet('1844335472719561111') },
  play: async ({ canvasElement }) => {
    const label = within(canvasElement).getByRole('link', { name: 'Rork' });
    await expect(label).toHaveAttribute('href', 'https://twitter.com/rork');
    await expectTabOrder(canvasElement);
  },
};

export const Japanese: Story = {
  args: { tweet: storyTweet('2037855816988893497'), locale: 'ja' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.bs-tweet-body')).toHaveAttribute('lang', 'ja');
    await expect(within(canvasElement).getByRole('link', { name: 'Xで読む' })).toBeInTheDocument();
    await expect(canvasElement.querySelector('time')?.textContent).toMatch(/年/);
  },
};

export const PersianRtl: Story = {
  args: { tweet: storyTweet('1760026533688246305'), locale: 'fa' },
  globals: { direction: 'rtl', locale: 'fa' },
  play: async ({ canvasElement }) => {
    const body = canvasElement.querySelector('.bs-tweet-body') as HTMLElement;
    await expect(body).toHaveAttribute('dir', 'rtl');
    await expect(body).toHaveAttribute('lang', 'fa');
    // Persian digits and calendar in the date.
    await expect(canvasElement.querySelector('time')?.textContent).toMatch(/[۰-۹]/);
    await expect(within(canvasElement).getByRole('link', { name: 'خواندن در X' })).toBeInTheDocument();
    await expectTabOrder(canvasElement);
  },
};

export const Dark: Story = {
  args: { tweet: storyTweet('2013344262562123779'), theme: 'dark' },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('article') as HTMLElement;
    await expect(root).toHaveAttribute('data-theme', 'dark');
    await expect(getComputedStyle(root).colorScheme).toBe('dark');
  },
};

/** Privacy mode: nothing is fetched from X; photos become their alt text. */
export const MediaNone: Story = {
  args: { tweet: storyTweet('1911049580936143281'), media: 'none' },
  // Says it loads nothing from third parties: tests/visual/third-party.spec.ts holds it to that.
  tags: ['no-third-party'],
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('img, video')).toHaveLength(0);
    await expect(canvasElement.querySelector('.bs-tweet-alts')).not.toBeNull();
    await expectTabOrder(canvasElement);
  },
};

/**
 * The seed article's first tweet, from its copied text: cut short by X, so it
 * ends with "Show more" — to its pic.twitter.com link, which X redirects to
 * the post, as copied text has no status URL. Only the day is known, so only
 * the day is shown.
 */
export const SeedTweetSean: Story = {
  args: { tweet: seedTweet(0) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: /Sean/ })).toHaveAttribute('href', 'https://x.com/tint1281481');
    const time = canvasElement.querySelector('time');
    await expect(time).toHaveAttribute('datetime', expect.stringMatching(/^2025-02-07/));
    await expect(time).toHaveTextContent(/^Feb 7, 2025$/);
    await expect(canvas.getByRole('link', { name: 'Show more' })).toHaveAttribute(
      'href',
      'https://pic.twitter.com/7NDbgdyU1u',
    );
    await expectTabOrder(canvasElement);
  },
};

/** The seed article's second tweet, from its copied text. */
export const SeedTweetMadamBe: Story = {
  args: { tweet: seedTweet(1) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: /Madam Bè/ })).toHaveAttribute('href', 'https://x.com/0xm0m0');
    await expect(canvas.getByText(/BREAKING NEWS/)).toBeInTheDocument();
    await expectTabOrder(canvasElement);
  },
};
