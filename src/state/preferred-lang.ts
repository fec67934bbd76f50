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

/** The language of the page once it is open, and the last hash the app wrote itself. */
let pageLang: Lang | null = null;
let ownHash: string | null = null;

/** The app is writing this hash (a filter, a view, the language switch): it means the language it says. */
export function markOwnHash(hash: string): void {
  ownHash = hash;
}

function langOf(hash: string): Lang {
  const lang = new URLSearchParams(hash.split('?', 2)[1] ?? '').get('lang');
  return isLang(lang) ? lang : 'ja';
}

/**
 * The hash the page should show for `hash`, at start and on every change. A hash the app wrote is kept as it is.
 * Any other without `lang` (the first link, a link pasted into the open tab, Back to an entry, a followed anchor)
 * gets the page's current language, or at start the reader's preferred one: a Japanese page stays Japanese for a
 * reader whose browser prefers English, and an English page stays English.
 */
export function completeHash(hash: string, preferred: () => Lang): string {
  const own = ownHash !== null && hash === ownHash;
  ownHash = null;
  const out = own ? hash : hashWithPreferredLang(hash, pageLang ?? preferred());
  pageLang = langOf(out);
  return out;
}
