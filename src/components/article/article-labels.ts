/**
 * The article strings: the shared `labels.ts` (skip links, player, consent,
 * pull quote) plus the few it does not have yet, kept here per language so a
 * page never shows a missing string. Same `{placeholder}` style as the shared ones.
 */
import { fillLabel, type Labels, labelsFor } from '../labels.js';

export interface ArticleOnlyLabels {
  /** The seek slider's name. */
  seek: string;
  /** Names the player group. */
  player: string;
  published: string;
  updated: string;
  /** An embed card's link text when it has no title. */
  openOn: string;
  /** Development-only placeholder; `{type}` is the block type. */
  unknownBlock: string;
}

export type ArticleLabels = Labels & ArticleOnlyLabels;

const own: Record<string, ArticleOnlyLabels> = {
  en: {
    seek: 'Position',
    player: 'Story audio',
    published: 'Published',
    updated: 'Updated',
    openOn: 'Open on {provider}',
    unknownBlock: 'Unknown block type “{type}” (shown in development only)',
  },
  fa: {
    seek: 'موقعیت پخش',
    player: 'صدای گزارش',
    published: 'انتشار',
    updated: 'به‌روزرسانی',
    openOn: 'باز کردن در {provider}',
    unknownBlock: 'نوع بلوک ناشناخته «{type}» (فقط در حالت توسعه)',
  },
  ar: {
    seek: 'موضع التشغيل',
    player: 'صوت القصة',
    published: 'نُشر',
    updated: 'حُدّث',
    openOn: 'افتح في {provider}',
    unknownBlock: 'نوع كتلة غير معروف «{type}» (يظهر أثناء التطوير فقط)',
  },
  es: {
    seek: 'Posición',
    player: 'Audio de la noticia',
    published: 'Publicado',
    updated: 'Actualizado',
    openOn: 'Abrir en {provider}',
    unknownBlock: 'Tipo de bloque desconocido «{type}» (solo en desarrollo)',
  },
  fr: {
    seek: 'Position',
    player: 'Audio de l’article',
    published: 'Publié',
    updated: 'Mis à jour',
    openOn: 'Ouvrir sur {provider}',
    unknownBlock: 'Type de bloc inconnu « {type} » (affiché en développement seulement)',
  },
  de: {
    seek: 'Position',
    player: 'Audio zum Artikel',
    published: 'Veröffentlicht',
    updated: 'Aktualisiert',
    openOn: 'Auf {provider} öffnen',
    unknownBlock: 'Unbekannter Blocktyp „{type}“ (nur in der Entwicklung sichtbar)',
  },
  ja: {
    seek: '再生位置',
    player: '記事の音声',
    published: '公開',
    updated: '更新',
    openOn: '{provider} で開く',
    unknownBlock: '不明なブロック「{type}」（開発時のみ表示）',
  },
};

export function articleLabels(locale: string | undefined, overrides?: Partial<ArticleLabels>): ArticleLabels {
  const language = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  const extra = (Object.hasOwn(own, language) ? own[language] : undefined) ?? (own.en as ArticleOnlyLabels);
  return { ...labelsFor(locale), ...extra, ...overrides };
}

export { fillLabel };
