import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';

export function viteServerDates(options?: { server?: boolean }): Plugin;
export const esbuildServerDates: EsbuildPlugin;
