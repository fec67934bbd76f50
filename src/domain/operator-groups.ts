/**
 * Operators of the public cases by the names people search for. `names` are fragments of the published operator
 * names (ja or en) that identify the group; `aliases` are what a search may type (NFKC-folded, lower case).
 */
export interface OperatorGroup {
  id: string;
  ja: string;
  en: string;
  names: readonly string[];
  aliases: readonly string[];
  /** How the group is written in free text: all-capitals words match as written (LINE, not "line card"). */
  words: readonly string[];
}

export const OPERATOR_GROUPS: readonly OperatorGroup[] = [
  {
    id: 'docomo',
    ja: 'NTTドコモ',
    en: 'NTT DOCOMO',
    names: ['ドコモ', 'docomo'],
    aliases: ['ドコモ', 'docomo', 'nttドコモ', 'ntt docomo', 'nttdocomo'],
    words: ['ドコモ', 'docomo'],
  },
  { id: 'kddi', ja: 'KDDI (au)', en: 'KDDI (au)', names: ['kddi'], aliases: ['kddi', 'au'], words: ['KDDI', 'au'] },
  {
    id: 'softbank',
    ja: 'ソフトバンク',
    en: 'SoftBank',
    names: ['ソフトバンク', 'softbank'],
    aliases: ['ソフトバンク', 'softbank'],
    words: ['ソフトバンク', 'softbank'],
  },
  {
    id: 'rakuten',
    ja: '楽天モバイル',
    en: 'Rakuten Mobile',
    names: ['楽天', 'rakuten'],
    aliases: ['楽天', '楽天モバイル', 'rakuten'],
    words: ['楽天', 'rakuten'],
  },
  {
    id: 'line',
    ja: 'LINE',
    en: 'LINE',
    names: ['line株式会社', 'line corp'],
    aliases: ['line', 'ライン'],
    words: ['LINE'],
  },
  {
    id: 'ntt_east',
    ja: 'NTT東日本',
    en: 'NTT East',
    names: ['東日本電信電話', 'ntt east'],
    aliases: ['ntt東日本', '東日本電信電話', 'ntt east'],
    words: ['NTT東日本', '東日本電信電話', 'NTT East'],
  },
  {
    id: 'ntt_west',
    ja: 'NTT西日本',
    en: 'NTT West',
    names: ['西日本電信電話', 'ntt west'],
    aliases: ['ntt西日本', '西日本電信電話', 'ntt west'],
    words: ['NTT西日本', '西日本電信電話', 'NTT West'],
  },
  {
    id: 'microsoft',
    ja: 'マイクロソフト',
    en: 'Microsoft',
    names: ['マイクロソフト', 'microsoft'],
    aliases: ['マイクロソフト', 'microsoft'],
    words: ['マイクロソフト', 'microsoft'],
  },
  {
    id: 'okinawa_cellular',
    ja: '沖縄セルラー電話',
    en: 'Okinawa Cellular',
    names: ['沖縄セルラー', 'okinawa cellular'],
    aliases: ['沖縄セルラー', 'okinawa cellular'],
    words: ['沖縄セルラー', 'Okinawa Cellular'],
  },
];

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The group a search word (or a run of words) names, if any: "ドコモ", "docomo" and "NTT DOCOMO" alike. */
export function operatorGroupNamed(text: string): OperatorGroup | undefined {
  const t = fold(text);
  return OPERATOR_GROUPS.find((g) => g.aliases.includes(t) || fold(g.ja) === t || fold(g.en) === t);
}

export function operatorGroup(id: string): OperatorGroup | undefined {
  return OPERATOR_GROUPS.find((g) => g.id === id);
}

/** Whether an operator name (ja or en, as published) belongs to a group. */
export function inOperatorGroup(g: OperatorGroup, name: string): boolean {
  const n = fold(name);
  return g.names.some((part) => n.includes(part));
}
