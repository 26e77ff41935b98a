export default function Home() {
  return (
    <>
      <h1>Broadsheet in Next.js</h1>
      <p>Every page is a server component; only the player and the consent gate run in the browser.</p>
      <ul>
        <li>
          <a href="/seed">An article from copied text</a> (parseArticleText, with “Listen to this story”)
        </li>
        <li>
          <a href="/tweet">A tweet from X’s JSON</a> (parseSyndicationTweet)
        </li>
        <li>
          <a href="/cms">An article from CMS HTML</a> with a stored tweet embed behind a consent gate
        </li>
      </ul>
    </>
  );
}
