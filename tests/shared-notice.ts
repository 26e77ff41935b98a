// Vitest global setup: says once per run, in one plain line, that the peer
// suites were left out because ../shared is not beside the repository.
import { hasShared, notRunLine } from './shared.js';

export function setup(): void {
  if (!hasShared) console.log(notRunLine);
}
