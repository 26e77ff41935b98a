// At publish time (a CMS hook, a queue worker): fetch each referenced tweet once and store X's JSON with
// the story. Pages then render from storage and never call X while a reader waits.
import { fetchTweet, type Tweet } from 'broadsheet';

interface Store {
  put(key: string, value: Tweet): Promise<void>;
}

export async function storeTweets(ids: readonly string[], store: Store): Promise<string[]> {
  const failed: string[] = [];
  for (const id of ids) {
    const result = await fetchTweet(id, { timeoutMs: 3000 });
    if (result.ok)
      await store.put(`tweet:${id}`, result.value); // plain JSON: safe to serialise as is
    else failed.push(`${id}: ${result.error.code}`); // invalid-id, not-found, unavailable, network, timeout…
  }
  return failed;
}
