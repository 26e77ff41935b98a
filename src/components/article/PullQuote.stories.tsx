import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { PullQuote } from './PullQuote.js';

const meta = {
  title: 'Article/PullQuote',
  component: PullQuote,
  args: {
    children: 'Negotiating with the US has no effect on solving the country’s problems.',
  },
  argTypes: {
    align: { control: 'inline-radio', options: ['center', 'start', 'end', 'wide'] },
    size: { control: 'inline-radio', options: ['md', 'lg'] },
    duplicate: { control: 'inline-radio', options: ['announce', 'hide'] },
  },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof PullQuote>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const aside = canvas.getByRole('complementary', { name: 'Pull quote' });
    await expect(aside).toBeInTheDocument();
    const mark = aside.querySelector('.bs-pullquote-mark');
    await expect(mark).toHaveAttribute('aria-hidden', 'true');
    await expect(
      within(aside)
        .getByText(/no effect on solving/)
        .closest('blockquote'),
    ).not.toBeNull();
  },
};

export const WithAttribution: Story = {
  args: { attribution: 'Ayatollah Ali Khamenei' },
};

export const WithSourceTitle: Story = {
  args: {
    children: 'A treaty was formed, and then it was torn up.',
    attribution: 'Ayatollah Ali Khamenei',
    source: 'Address to the Air Force, 7 February 2025',
  },
  play: async ({ canvasElement }) => {
    const cite = canvasElement.querySelector('cite');
    await expect(cite).toHaveTextContent('Address to the Air Force');
  },
};

export const LongQuote: Story = {
  args: {
    size: 'md',
    children: [
      'Our government at the time sat down and negotiated – they continued to come and go, they sat down and stood up and negotiated, they talked, laughed, shook hands, made friends, everyone worked, and a treaty was formed.',
      'Negotiating with the US has no effect on solving the country’s problems.',
    ],
    attribution: 'Ayatollah Ali Khamenei',
  },
};

export const Large: Story = {
  args: { size: 'lg', attribution: 'Ayatollah Ali Khamenei' },
};

const paragraphs = [
  'Iran’s supreme leader Ayatollah Ali Khamenei firmly rejected any possibility of negotiations with the United States during his address on Friday, cautioning Iranian officials that engaging in diplomatic talks with Washington would be degrading.',
  'Speaking at an Air Force event commemorating the 1979 Islamic revolution, Khamenei dismissed suggestions that diplomatic negotiations could resolve ongoing issues between the two nations.',
  'The supreme leader’s stance follows President Trump’s recent announcement to reinstate his “maximum pressure” strategy against Iran, aimed at restricting the nation’s ability to fund terrorist activities, limiting its regional influence, and preventing nuclear weapons development.',
];

/** Alignment only shows inside a container: `.bs-container` (or `ArticleBody`) makes one. */
const inBody: Story['decorators'] = [
  (Story) => (
    <div className="bs-container" style={{ maxInlineSize: '48rem', fontFamily: 'var(--bs-font-body)' }}>
      <p>{paragraphs[0]}</p>
      <Story />
      <p>{paragraphs[1]}</p>
      <p>{paragraphs[2]}</p>
    </div>
  ),
];

export const AlignCenter: Story = { args: { align: 'center' }, decorators: inBody };
export const AlignStart: Story = { args: { align: 'start' }, decorators: inBody };
export const AlignEnd: Story = { args: { align: 'end' }, decorators: inBody };
export const AlignWide: Story = { args: { align: 'wide' }, decorators: inBody };

/** The quote repeats the body word for word, so screen readers skip it. */
export const DuplicateHidden: Story = {
  args: { duplicate: 'hide', align: 'end' },
  decorators: inBody,
  play: async ({ canvasElement }) => {
    const aside = canvasElement.querySelector('aside');
    await expect(aside).toHaveAttribute('aria-hidden', 'true');
    await expect(within(canvasElement).queryByRole('complementary')).toBeNull();
  },
};

export const Persian: Story = {
  args: {
    children: 'مذاکره با آمریکا هیچ تأثیری در حل مشکلات کشور ندارد.',
    attribution: 'آیت‌الله علی خامنه‌ای',
    label: 'نقل‌قول برجسته',
    mark: '«',
    dir: 'rtl',
    lang: 'fa',
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('complementary', { name: 'نقل‌قول برجسته' })).toHaveAttribute(
      'dir',
      'rtl',
    );
  },
};

export const Dark: Story = {
  args: { attribution: 'Ayatollah Ali Khamenei' },
  globals: { theme: 'dark' },
};
