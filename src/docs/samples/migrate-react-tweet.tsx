// Before (react-tweet): `import { Tweet } from 'react-tweet'` fetched the tweet by id while rendering.
//   <Tweet id="1763504450565046316" />
// After: fetch once where you publish or in a cached server function, then render plain data.
import { fetchTweet, Tweet, TweetUnavailable, unavailableReason } from 'broadsheet';

export async function Embedded({ id }: { id: string }) {
  const result = await fetchTweet(id);
  if (!result.ok)
    return <TweetUnavailable reason={unavailableReason(result.error)} url={`https://x.com/i/status/${id}`} />;
  return <Tweet tweet={result.value} />;
}
