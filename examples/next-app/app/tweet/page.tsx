import { parseSyndicationTweet, Tweet, TweetUnavailable, unavailableReason } from 'broadsheet';
import { read } from '../../lib/content';

export default function TweetPage() {
  const result = parseSyndicationTweet(JSON.parse(read('tweet.json')));
  return (
    <>
      <h1>A tweet from its JSON</h1>
      {result.ok ? (
        <Tweet tweet={result.value} locale="en" />
      ) : (
        <TweetUnavailable reason={unavailableReason(result.error)} />
      )}
    </>
  );
}
