import { isLang, type Lang } from '../i18n/lang.ts';

const KEY = 'jiko.lang';

/**
 * The language to open in when the link names none: the reader's last choice, else the first of ja/en in the
 * browser's preferences (navigator.languages), else Japanese.
 */
export function preferredLang(stored: string | null | undefined, languages: readonly string[]): Lang {
  if (isLang(stored)) return stored;
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return 'ja';
}

/** This tab's choice, for when storage is disabled: a link pasted later must not undo the reader's switch. */
let chosenHere: Lang | null = null;

export function storedLang(): string | null {
  try {
    return localStorage.getItem(KEY) ?? chosenHere;
  } catch {
    return chosenHere;
  }
}

export function rememberLang(lang: Lang): void {
  chosenHere = lang;
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // storage disabled: the URL and this tab still carry the choice
  }
}

/** A hash without `lang` gets the preferred language, so the page, the URL and shared links agree. */
export function hashWithPreferredLang(hash: string, lang: Lang): string {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const search = new URLSearchParams(query);
  if (search.has('lang') || lang === 'ja') return hash;
  search.set('lang', lang);
  return `#${path || '/overview'}?${search.toString()}`;
}
