import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';

export function viteServerModules(options?: { server?: boolean }): Plugin;
export const esbuildServerModules: EsbuildPlugin;
