// The page, as plain createElement calls so Node runs it without a build
// step. The server renders it; the browser hydrates the same tree from the
// same (JSON) model, which is what makes the player and the consent gate work.
import { Article, Tweet, TweetUnavailable, unavailableReason } from 'broadsheet';
import { createElement as h } from 'react';

const nav = h(
  'nav',
  { 'aria-label': 'Examples' },
  h('a', { href: '/' }, 'Home'),
  ' · ',
  h('a', { href: '/seed' }, 'Copied text'),
  ' · ',
  h('a', { href: '/tweet' }, 'Tweet'),
  ' · ',
  h('a', { href: '/cms' }, 'CMS article'),
);

function Page({ page, model }) {
  if (page === 'seed') {
    return h(Article, {
      article: model,
      header: {
        kicker: 'Middle East',
        headline: 'Khamenei rejects talks with the US',
        published: '2025-02-07T14:00:00Z',
      },
    });
  }
  if (page === 'cms') {
    // consent: the stored tweet stays text-only until the reader allows X (remembered in this browser).
    return h(Article, {
      article: model,
      header: { kicker: 'Harbour', headline: 'The night the harbour wall held', published: '2024-05-14T07:00:00Z' },
      body: { requireConsent: true },
    });
  }
  if (page === 'tweet') {
    return [
      h('h1', { key: 'h' }, 'A tweet from its JSON'),
      model.ok
        ? h(Tweet, { key: 't', tweet: model.value, locale: 'en' })
        : h(TweetUnavailable, { key: 't', reason: unavailableReason(model.error) }),
    ];
  }
  return [
    h('h1', { key: 'h' }, 'Broadsheet with renderToString'),
    h('p', { key: 'p' }, 'A Node server renders each page; the browser hydrates it.'),
  ];
}

export function App(props) {
  return [h('div', { key: 'nav' }, nav), h('main', { key: 'main' }, h(Page, props))];
}
