import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import * as sample from '../fixtures/sample.js';
import { Paragraph } from './Paragraph.js';

const meta = {
  title: 'Article/Blocks/Paragraph',
  component: Paragraph,
  args: { block: sample.paragraph },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof Paragraph>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Text with strong, emphasis and a link. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'negotiations' })).toBeInTheDocument();
  },
};

/** Every mark the model has. */
export const AllMarks: Story = {
  args: {
    block: {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'strong', marks: ['strong'] },
        { type: 'text', text: ', ' },
        { type: 'text', text: 'emphasis', marks: ['em'] },
        { type: 'text', text: ', ' },
        { type: 'text', text: 'code', marks: ['code'] },
        { type: 'text', text: ', H' },
        { type: 'text', text: '2', marks: ['sub'] },
        { type: 'text', text: 'O, E = mc' },
        { type: 'text', text: '2', marks: ['sup'] },
        { type: 'text', text: ', ' },
        { type: 'text', text: 'struck', marks: ['strike'] },
        { type: 'break' },
        { type: 'text', text: 'and a line break, then ' },
        { type: 'link', href: 'mailto:desk@example.com', children: [{ type: 'text', text: 'a mailto link' }] },
        { type: 'text', text: '.' },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    for (const tag of ['strong', 'em', 'code', 'sub', 'sup', 's', 'br']) {
      await expect(canvasElement.querySelector(`p ${tag}`)).not.toBeNull();
    }
  },
};

/** A paragraph in another language and direction inside an English page. */
export const RightToLeftQuote: Story = {
  args: {
    block: {
      type: 'paragraph',
      lang: 'fa',
      dir: 'rtl',
      children: [{ type: 'text', text: 'مذاکره با آمریکا هیچ تأثیری در حل مشکلات کشور ندارد.' }],
    },
  },
};
