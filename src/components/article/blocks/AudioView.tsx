import { playerEn } from '../../../i18n/en/player.js';
import { withLabels } from '../../../i18n/pick.js';
import type { AudioBlock } from '../../../model/article/types.js';
import type { BlockProps } from '../components.js';
import { ListenToStory } from '../listen/ListenToStory.js';

/** An audio block (a "Listen to this story" line or a recording) as the listen player island. */
export function AudioView({ block, options }: BlockProps<AudioBlock>) {
  return (
    <ListenToStory
      src={block.src}
      title={block.title}
      locale={options?.locale}
      // Only the player's own strings cross into the client island, not a whole language pack.
      labels={withLabels(playerEn, options?.labels)}
      lang={block.lang}
      dir={block.dir}
    />
  );
}
