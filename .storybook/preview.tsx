import type { Decorator, Preview } from '@storybook/react-vite';
import '../src/styles/index.css';
import './preview.css';

// Set by vitest.config.ts so the test run can render every story in each theme.
declare const __BS_STORY_THEME__: string | undefined;
const initialTheme = typeof __BS_STORY_THEME__ === 'string' ? __BS_STORY_THEME__ : 'light';

// One decorator applies the toolbar's theme, direction and locale to every
// story, the way a publisher's page would: on an ancestor of the component.
const withPageSettings: Decorator = (Story, context) => {
  const { theme, direction, locale } = context.globals as Record<string, string | undefined>;
  return (
    <div
      className="sb-page"
      data-theme={theme === 'auto' ? undefined : theme}
      dir={direction ?? 'ltr'}
      lang={locale ?? 'en'}
    >
      <Story />
    </div>
  );
};

const preview: Preview = {
  decorators: [withPageSettings],
  tags: ['autodocs'],
  initialGlobals: { theme: initialTheme, direction: 'ltr', locale: 'en' },
  globalTypes: {
    theme: {
      description: 'Colour theme (data-theme on the wrapper)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'System (prefers-color-scheme)' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction (dir on the wrapper)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language (lang on the wrapper)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fa', title: 'فارسی' },
          { value: 'ar', title: 'العربية' },
          { value: 'es', title: 'Español' },
          { value: 'fr', title: 'Français' },
          { value: 'de', title: 'Deutsch' },
          { value: 'ja', title: '日本語' },
        ],
        dynamicTitle: true,
      },
    },
  },
  parameters: {
    // The sidebar in the order a newcomer reads: the guide pages first, then the components.
    options: {
      storySort: {
        order: [
          'Introduction',
          'Docs',
          [
            'Getting started',
            'Inputs',
            'Tweets',
            'Social posts',
            'Article bodies',
            'Server components and caching',
            'Theming',
            'Internationalisation',
            'Privacy',
            'Accessibility',
            'Migrating',
            'Security',
          ],
          'Accessibility',
          'Tweet',
          'Article',
        ],
      },
    },
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
