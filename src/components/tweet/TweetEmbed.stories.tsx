import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { readTweetEmbed } from '../../model/tweet/embed.js';
import { storyLocale } from '../story-locale.js';
import { embeds } from './fixtures/index.js';
import { expectTabOrder } from './story-helpers.js';
import { TweetEmbed } from './TweetEmbed.js';

const meta = {
  title: 'Tweet/TweetEmbed',
  component: TweetEmbed,
  args: { embed: readTweetEmbed(embeds.guardian) },
  render: (args, { globals }) => <TweetEmbed {...args} {...storyLocale(args, globals)} />,
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof TweetEmbed>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The oEmbed blockquote a Guardian article stored, rendered without X's script. */
export const GuardianEmbed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: '#CountdownToMars' })).toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: 'Read on X' })).toHaveAttribute(
      'href',
      expect.stringMatching(/\/NASAPersevere\/status\/1362831783444717568$/),
    );
    await expectTabOrder(canvasElement);
  },
};

/** Embed markup cut off before its signature: the text and the link to X survive. */
export const CutOffMarkup: Story = {
  args: {
    embed: readTweetEmbed(
      embeds.guardian
        .slice(0, embeds.guardian.indexOf('&mdash;'))
        .concat(' <a href="https://twitter.com/NASAPersevere/status/1362831783444717568">February 19, 2021</a>'),
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('article.bs-tweet-unavailable')).not.toBeNull();
    await expect(canvas.getByText(/I love rocks/)).toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: 'View on X' })).toHaveAttribute(
      'href',
      'https://twitter.com/NASAPersevere/status/1362831783444717568',
    );
  },
};
