import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { storyLocale } from '../story-locale.js';
import { TweetUnavailable } from './TweetUnavailable.js';

const url = 'https://x.com/harbourwx/status/1760026533688246305';

const meta = {
  title: 'Tweet/TweetUnavailable',
  component: TweetUnavailable,
  args: { reason: 'not-found', url },
  argTypes: {
    reason: { control: 'inline-radio', options: ['not-found', 'deleted', 'private', 'invalid', 'network'] },
  },
  render: (args, { globals }) => <TweetUnavailable {...args} {...storyLocale(args, globals)} />,
  parameters: { a11y: { test: 'error' } },
  // Says it loads nothing from third parties: tests/visual/third-party.spec.ts holds it to that.
  tags: ['no-third-party'],
} satisfies Meta<typeof TweetUnavailable>;

export default meta;
type Story = StoryObj<typeof meta>;

function says(message: RegExp): Story['play'] {
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(message)).toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: 'View on X' })).toHaveAttribute('href', url);
  };
}

export const NotFound: Story = { args: { reason: 'not-found' }, play: says(/doesn’t exist/) };
export const Deleted: Story = { args: { reason: 'deleted' }, play: says(/was deleted/) };
export const Private: Story = { args: { reason: 'private' }, play: says(/limits who can view/) };
export const Invalid: Story = { args: { reason: 'invalid' }, play: says(/can’t be displayed/) };
export const Network: Story = { args: { reason: 'network' }, play: says(/couldn’t be loaded/) };

/** Without a URL there is nothing to link to, and no dead link is drawn. */
export const WithoutUrl: Story = {
  args: { reason: 'deleted', url: undefined },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('link')).toBeNull();
  },
};

export const Persian: Story = {
  args: { reason: 'private', locale: 'fa' },
  globals: { direction: 'rtl', locale: 'fa' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'مشاهده در X' })).toBeInTheDocument();
  },
};
