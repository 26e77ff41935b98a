import type { ArticleLabels, Labels, PlayerLabels, SocialLabels, TweetLabels, TweetStateLabels } from '../labels.js';

const tweet: TweetLabels = {
  showMore: 'さらに表示',
  replyingTo: '{handle} さんへの返信',
  parentPost: '返信先のポスト',
  quotedPost: '引用されたポスト',
  viewOnX: 'Xで見る',
  readOnX: 'Xで読む',
  reply: '返信',
  repost: 'リポスト',
  like: 'いいね',
  verifiedBlue: '認証済みアカウント',
  verifiedBusiness: '認証済み組織',
  verifiedGovernment: '認証済み政府アカウント',
  image: '画像',
  imageOf: '画像 {index}/{count}',
  video: '動画',
  gif: 'GIF',
  pollVotes: '{count}票',
  pollFinal: '最終結果',
  pollEnds: '終了日時: {date}',
};

const social: SocialLabels = {
  viewOnBluesky: 'Blueskyで表示',
  readOnBluesky: 'Blueskyで読む',
  viewOnMastodon: 'Mastodonで表示',
  readOnMastodon: 'Mastodonで読む',
  repostedBy: '{name}さんがリポスト',
  boostedBy: '{name}さんがブースト',
  contentWarning: '閲覧注意: {text}',
  labelSexual: '成人向けコンテンツ',
  labelNudity: 'ヌード',
  labelPorn: '成人向けコンテンツ',
  labelGraphicMedia: '刺激の強いメディア',
  labelWarn: '閲覧注意',
  labelSensitive: 'センシティブな内容',
  communityNote: '他の人が知りたいと思われる背景情報が読者により追加されました',
  communityNoteLink: 'コミュニティノート',
  audio: '音声',
};

const tweetStates: TweetStateLabels = {
  loading: 'ポストを読み込んでいます…',
  unavailableNotFound: 'このポストは存在しません。',
  unavailableDeleted: 'このポストは削除されました。',
  unavailablePrivate: 'このポストは、ポストを表示できるユーザーを制限しているアカウントのものです。',
  unavailableInvalid: 'このポストは表示できません。',
  unavailableNetwork: 'このポストを読み込めませんでした。しばらくしてからもう一度お試しください。',
};

const article: ArticleLabels = {
  skipPost: '{handle} さんのポストをスキップ',
  endOfPost: '{handle} さんのポストの終わり',
  skipEmbed: '{provider} の埋め込みコンテンツをスキップ',
  endOfEmbed: '埋め込みコンテンツの終わり',
  pullQuote: '引用',
  consentShow: '{provider} のコンテンツを表示',
  consentNotice:
    'このコンテンツは {provider} がホストしています。表示すると Cookie が保存され、データが {provider} と共有される場合があります。',
  consentAlways: '常に許可',
  published: '公開',
  updated: '更新',
  openOn: '{provider} で開く',
  tweetReference: 'X の {handle} さんのポスト',
  unknownBlock: '不明なブロック「{type}」（開発時のみ表示）',
  invalidBlock: '不正な形式の「{type}」ブロックを省略しました：{problem}（開発時のみ表示）',
};

const player: PlayerLabels = {
  listen: 'この記事を聞く',
  play: '再生',
  pause: '一時停止',
  resume: '再開',
  stop: '停止',
  speed: '再生速度',
  seek: '再生位置',
  player: '記事の音声',
};

/** Every UI string in Japanese: pass it as `labels` with `locale="ja"`. */
export const ja: Labels = { ...tweet, ...social, ...tweetStates, ...article, ...player };
