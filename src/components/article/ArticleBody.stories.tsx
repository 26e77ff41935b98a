import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { fa } from '../../i18n/locales/fa.js';
import type { Block } from '../../model/article/types.js';
import type { LinkProps } from '../options.js';
import { ArticleBody } from './ArticleBody.js';
import { Paragraph } from './blocks/Paragraph.js';
import type { ArticleComponents, BlockProps, MarkProps } from './components.js';
import * as sample from './fixtures/sample.js';
import { figureUrl } from './story-data.js';

const figure = { ...sample.figure, src: figureUrl };

const meta = {
  title: 'Article/ArticleBody',
  component: ArticleBody,
  args: { blocks: [...sample.everyBlock.blocks.map((b) => (b.type === 'figure' ? figure : b))] },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof ArticleBody>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One block of every type, in one body. */
export const EveryBlockType: Story = {};

const one = (block: Block): Story => ({ args: { blocks: [block] } });

export const ParagraphBlock = one(sample.paragraph);
export const HeadingBlock = one(sample.heading);
export const ListBlock = one(sample.list);
export const QuoteBlock = one(sample.quote);
export const PullQuoteBlock: Story = { args: { blocks: [sample.paragraph, sample.pullquote, sample.paragraph] } };
export const FigureBlock = one(figure);
export const DividerBlock: Story = { args: { blocks: [sample.paragraph, sample.divider, sample.paragraph] } };
export const EmbedBlock = one(sample.embed);

/** A tweet block, rendered by the static `<Tweet>` between a skip link and an end marker. */
export const TweetBlock: Story = {
  args: { blocks: [sample.tweet, sample.paragraph] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const skip = canvas.getByRole('link', { name: 'Skip post by @tint1281481' });
    await userEvent.tab();
    await expect(skip).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const end = canvasElement.querySelector('.bs-embed-end');
    await expect(end).toHaveFocus();
    await userEvent.tab();
    // Past the tweet: the paragraph's link, not a link inside the tweet.
    await expect(canvas.getByRole('link', { name: 'negotiations' })).toHaveFocus();
  },
};

/** The listen-to-story block: one button until scripts run; it reads the body aloud. */
export const AudioBlock: Story = { args: { blocks: [sample.audio, sample.paragraph, sample.heading, sample.list] } };

function Lede({ block, options }: BlockProps<Extract<Block, { type: 'paragraph' }>>) {
  return <Paragraph block={block} options={options} className="story-lede" style={{ fontSize: '1.3rem' }} />;
}
function Highlight({ children }: MarkProps) {
  return <mark>{children}</mark>;
}
function ExternalLink({ children, ...props }: LinkProps) {
  return (
    <a {...props} data-external="">
      {children} <span aria-hidden="true">↗</span>
    </a>
  );
}
const overrides: ArticleComponents = {
  paragraph: Lede,
  marks: { strong: Highlight },
};

/**
 * `components` replaces a block type (paragraphs here), a mark (`strong` →
 * `<mark>`), and `Link` renders links — and the mark override and `Link` reach the list items,
 * quotes and captions nested in other blocks.
 */
export const Overrides: Story = {
  args: {
    blocks: [
      sample.paragraph,
      {
        type: 'list',
        ordered: true,
        items: [[{ type: 'text', text: 'Nested ', marks: ['strong'] }, ...sample.paragraph.children.slice(3, 4)]],
      },
    ],
    components: overrides,
    Link: ExternalLink,
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('p.story-lede mark')).toHaveTextContent('Ayatollah Ali Khamenei');
    await expect(canvasElement.querySelector('ol mark')).toHaveTextContent('Nested');
    await expect(canvasElement.querySelectorAll('a[data-external]')).toHaveLength(2);
  },
};

const unknownBlocks = [sample.paragraph, { type: 'carousel', slides: 3 }, sample.paragraph] as const;

/** A block type this version doesn't know: a visible placeholder in development. */
export const UnknownBlockInDevelopment: Story = {
  args: { blocks: [...unknownBlocks], development: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/Unknown block type “carousel”/)).toBeVisible();
  },
};

/** The same body in a production build: the unknown block renders nothing. */
export const UnknownBlockInProduction: Story = {
  args: { blocks: [...unknownBlocks], development: false },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.bs-unknown-block')).toBeNull();
    await expect(canvasElement.querySelectorAll('.bs-paragraph')).toHaveLength(2);
  },
};

/**
 * With `requireConsent`, the tweet and the YouTube card are text only until the
 * reader allows that provider; the choice is remembered per provider.
 */
export const Consent: Story = {
  // Says it loads nothing from third parties: tests/visual/third-party.spec.ts holds it to that.
  tags: ['no-third-party'],
  args: {
    requireConsent: true,
    // The photo is served by Storybook itself, not X's media host, so the tweet only shows it through an
    // image loader, as a publisher's own image service would serve it.
    imageLoader: (src) => src,
    blocks: [
      {
        ...sample.tweet,
        tweet: {
          ...sample.tweet.tweet,
          media: [{ type: 'photo', url: figureUrl, alt: 'A red desert under a pale sun', width: 1200, height: 675 }],
        },
      },
      sample.paragraph,
      sample.embed,
    ],
  },
  beforeEach: () => {
    localStorage.removeItem('broadsheet:consent:x');
    localStorage.removeItem('broadsheet:consent:youtube');
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector(`img[src="${figureUrl}"]`)).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Show content from X' }));
    await waitFor(() => expect(canvasElement.querySelector(`img[src="${figureUrl}"]`)).not.toBeNull());
    await expect(canvas.getByRole('button', { name: 'Show content from YouTube' })).toBeInTheDocument();
    localStorage.removeItem('broadsheet:consent:x');
  },
};

/** UI strings follow `labels` (here the Persian pack) while the body keeps its own language. */
export const TranslatedSkipLinks: Story = {
  args: { blocks: [sample.tweet, sample.embed], locale: 'fa', labels: fa },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'رد شدن از پست @tint1281481' })).toBeInTheDocument();
  },
};
