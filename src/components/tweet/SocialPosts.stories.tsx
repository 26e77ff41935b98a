import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { storyLocale } from '../story-locale.js';
import * as posts from './fixtures/social.js';
import { expectTabOrder } from './story-helpers.js';
import { Tweet } from './Tweet.js';

/** Bluesky and Mastodon posts, and an X Community Note, through the same `<Tweet>` (story data written for these stories). */
const meta = {
  title: 'Tweet/Other networks',
  component: Tweet,
  args: { tweet: posts.blueskyPost },
  argTypes: {
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    media: { control: 'inline-radio', options: ['show', 'none'] },
  },
  render: (args, { globals }) => <Tweet {...args} {...storyLocale(args, globals)} />,
  tags: ['autodocs'],
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof Tweet>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A Bluesky post: its logo, "View on Bluesky", a tag facet linking to Bluesky, counts as text. */
export const BlueskyPost: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: 'View on Bluesky' })).toHaveAttribute(
      'href',
      'https://bsky.app/profile/harbour.example.com/post/3lstory000a2a',
    );
    await expect(canvas.getByRole('link', { name: '#HarbourStorm' })).toHaveAttribute(
      'href',
      'https://bsky.app/hashtag/HarbourStorm',
    );
    await expect(canvas.getByText('@harbour.example.com')).toBeVisible();
    await expectTabOrder(canvasElement);
  },
};

export const BlueskyImages: Story = { args: { tweet: posts.blueskyImages } };
export const BlueskyQuote: Story = { args: { tweet: posts.blueskyQuote } };

/** Video: the poster and the HLS playlist in a native `<video>`, no player script. */
export const BlueskyVideo: Story = {
  args: { tweet: posts.blueskyVideo },
  play: async ({ canvasElement }) => {
    const source = canvasElement.querySelector('video source');
    await expect(source).toHaveAttribute('type', 'application/x-mpegURL');
  },
};

/** A moderation label: the post starts collapsed in a `<details>`, opened by the reader. */
export const BlueskyLabelled: Story = {
  args: { tweet: posts.blueskyLabelled },
  play: async ({ canvasElement }) => {
    const details = canvasElement.querySelector('details') as HTMLDetailsElement;
    await expect(details.open).toBe(false);
    await userEvent.click(within(details).getByText(/Graphic media/));
    await expect(details.open).toBe(true);
  },
};

export const BlueskyRepost: Story = { args: { tweet: posts.blueskyRepost } };

/** A stored `bluesky-embed` blockquote, read without Bluesky's script. */
export const BlueskyStoredEmbed: Story = { args: { tweet: posts.blueskyEmbed } };

/** A Mastodon status: `@user@server`, a custom emoji as an image with its `:shortcode:` as alt text. */
export const MastodonStatus: Story = {
  args: { tweet: posts.mastodonStatus },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('@tides@social.example')).toBeVisible();
    await expect(canvas.getByRole('img', { name: ':anchor:' })).toHaveAttribute('width', '20');
    await expect(canvas.getByRole('link', { name: 'View on Mastodon' })).toBeVisible();
  },
};

/** `spoiler_text`: the author's warning as the summary of a collapsed `<details>`. */
export const MastodonContentWarning: Story = {
  args: { tweet: posts.mastodonWarning },
  play: async ({ canvasElement }) => {
    const details = canvasElement.querySelector('details') as HTMLDetailsElement;
    await expect(details.open).toBe(false);
    await expect(within(details).getByText('shipwreck, injuries mentioned')).toBeVisible();
  },
};

export const MastodonBoost: Story = {
  args: { tweet: posts.mastodonBoost },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/boosted/)).toBeVisible();
  },
};

export const MastodonOpenPoll: Story = { args: { tweet: posts.mastodonPoll } };
export const MastodonImageAndAudio: Story = { args: { tweet: posts.mastodonMedia } };

/** A stored Mastodon embed carries only its author and link: a card to the post. */
export const MastodonStoredEmbed: Story = { args: { tweet: posts.mastodonEmbed } };

/** `media="none"`: no avatar, image, audio or emoji is requested; their text stands in. */
export const MastodonMediaNone: Story = {
  args: { tweet: posts.mastodonMedia, media: 'none' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img, audio, video')).toBeNull();
    await expect(within(canvasElement).getByText(/A foghorn sounding twice/)).toBeVisible();
  },
};

/** An X Community Note under its tweet, headed as X heads it, linking to the note. */
export const XCommunityNote: Story = {
  args: { tweet: posts.communityNoteTweet },
  play: async ({ canvasElement }) => {
    const note = within(canvasElement).getByRole('region', { name: /Readers added context/ });
    await expect(within(note).getByRole('link', { name: 'Community Notes' })).toHaveAttribute(
      'href',
      'https://x.com/i/birdwatch/n/1790000000000000098',
    );
  },
};

export const Persian: Story = { args: { tweet: posts.blueskyPost, locale: 'fa' } };
