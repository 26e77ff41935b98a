import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import * as sample from '../fixtures/sample.js';
import { Heading } from './Heading.js';

const meta = {
  title: 'Article/Blocks/Heading',
  component: Heading,
  args: { block: sample.heading },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof Heading>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Level2: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 2 })).toHaveTextContent('maximum pressure');
  },
};
export const Level3: Story = { args: { block: { ...sample.heading, level: 3 } } };
export const Level4: Story = { args: { block: { ...sample.heading, level: 4 } } };
