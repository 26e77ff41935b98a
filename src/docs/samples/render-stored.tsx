// Rendering from storage: the stored `Tweet` is plain JSON, so it needs no parsing again.
import { Tweet, TweetUnavailable } from 'broadsheet';

declare function readStored(key: string): Promise<Tweet | undefined>;

export async function StoredTweet({ id }: { id: string }) {
  const tweet = await readStored(`tweet:${id}`);
  return tweet ? <Tweet tweet={tweet} /> : <TweetUnavailable reason="not-found" url={`https://x.com/i/status/${id}`} />;
}
