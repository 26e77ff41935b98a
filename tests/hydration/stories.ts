// Every story in src/, composed with the project's preview (decorators,
// globals) the way Storybook renders it: the same list on the server and in
// the browser, in the same order, with ids that name the story.
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import preview from '../../.storybook/preview.js';

setProjectAnnotations(preview);

type StoryModule = Parameters<typeof composeStories>[0];
const modules = import.meta.glob<StoryModule>('../../src/**/*.stories.tsx', { eager: true });

export interface ComposedStory {
  id: string;
  Story: ComponentType;
}

export const stories: ComposedStory[] = Object.entries(modules)
  .sort(([a], [b]) => a.localeCompare(b))
  .flatMap(([path, module]) => {
    const file = path.replace(/^.*\/src\//, '').replace(/\.stories\.tsx$/, '');
    return Object.entries(composeStories(module)).map(([name, Story]) => ({
      id: `${file}--${name}`.replace(/[^A-Za-z0-9-]/g, '-'),
      Story: Story as ComponentType,
    }));
  });
