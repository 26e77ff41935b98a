import type { DividerBlock } from '../../../model/article/types.js';
import type { BlockProps } from '../components.js';

/** A thematic break between sections. */
export function DividerView({ block }: BlockProps<DividerBlock>) {
  return <hr className="bs-divider" lang={block.lang} dir={block.dir} />;
}
