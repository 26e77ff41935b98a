/**
 * Wall-clock timing for `npm run bench`: tasks run in turn, round after
 * round, in one process, so a busy machine slows all of them alike and their
 * ratio stays readable. Never a CI gate.
 */

export interface Timing {
  /** ms per unit of work in the fastest round: the figure noise only ever inflates. */
  fastest: number;
  median: number;
  /** Half the interquartile range over the median, in percent: how much the rounds disagree. */
  spread: number;
}

/** ms per call of each task, one sample per round, the tasks interleaved. */
export function interleaved(
  tasks: Record<string, () => void>,
  { rounds = 15, roundMs = 60, warmupMs = 400 } = {},
): Record<string, number[]> {
  const names = Object.keys(tasks);
  const reps: Record<string, number> = {};
  for (const name of names) {
    const task = tasks[name] as () => void;
    // Warm up (JIT, caches), then size a round so it lasts about roundMs.
    let calls = 0;
    const start = performance.now();
    while (performance.now() - start < warmupMs || calls < 2) {
      task();
      calls += 1;
    }
    reps[name] = Math.max(1, Math.round((roundMs * calls) / (performance.now() - start)));
  }
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < rounds; round++) {
    // Rotate the order, so no task always runs right after a collection of another's garbage.
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length] as string;
      const task = tasks[name] as () => void;
      const n = reps[name] as number;
      const start = performance.now();
      for (let k = 0; k < n; k++) task();
      samples[name]?.push((performance.now() - start) / n);
    }
  }
  return samples;
}

export function summarize(samples: number[], perCall = 1): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const q = (p: number) => (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number) / perCall;
  const median = q(0.5);
  return { fastest: q(0), median, spread: median > 0 ? ((q(0.75) - q(0.25)) / 2 / median) * 100 : 0 };
}
