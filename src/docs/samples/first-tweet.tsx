import 'broadsheet/styles.css'; // once, anywhere in your app
import { parseSyndicationTweet, Tweet, TweetUnavailable, unavailableReason } from 'broadsheet';

// `json` is what X's syndication endpoint returned for one tweet, e.g. stored in your CMS.
export function Post({ json }: { json: unknown }) {
  const result = parseSyndicationTweet(json);
  if (!result.ok) return <TweetUnavailable reason={unavailableReason(result.error)} />;
  return <Tweet tweet={result.value} />;
}
