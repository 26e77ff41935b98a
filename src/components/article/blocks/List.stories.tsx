import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import * as sample from '../fixtures/sample.js';
import { List } from './List.js';

const meta = {
  title: 'Article/Blocks/List',
  component: List,
  args: { block: sample.list },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof List>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Bulleted: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('listitem')).toHaveLength(3);
  },
};
export const Numbered: Story = {
  args: { block: { ...sample.list, ordered: true } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('ol.bs-list')).not.toBeNull();
  },
};
