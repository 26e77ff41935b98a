import type { Block } from '../../model/article/types.js';

/** A block's own language and direction, as attributes (absent when not set). */
export function langDir(block: Pick<Block, 'lang' | 'dir'>): { lang?: string; dir?: 'ltr' | 'rtl' | 'auto' } {
  const out: { lang?: string; dir?: 'ltr' | 'rtl' | 'auto' } = {};
  if (block.lang) out.lang = block.lang;
  if (block.dir) out.dir = block.dir;
  return out;
}

export function joinClass(base: string, extra: string | undefined): string {
  return extra ? `${base} ${extra}` : base;
}
