import type { Lang } from './lang.ts';
import type { MessageKey } from './messages/index.ts';
import { ja } from './messages/ja.ts';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

type Catalogue = Record<MessageKey, string>;

/** The loaded catalogues: Japanese always; English once `loadCatalogue('en')` (or a test setup) has put it in. */
const catalogues: Partial<Record<Lang, Catalogue>> = { ja };

export function registerCatalogue(lang: Lang, table: Catalogue): void {
  catalogues[lang] = table;
}

export function hasCatalogue(lang: Lang): boolean {
  return catalogues[lang] !== undefined;
}

/** Loads a language's catalogue (English is a chunk of its own); resolves at once when it is in. */
export async function loadCatalogue(lang: Lang): Promise<void> {
  if (hasCatalogue(lang)) return;
  if (lang === 'en') registerCatalogue('en', (await import('./messages/en.ts')).en);
}

/**
 * Looks a key up and fills `{name}` placeholders. A missing English string, or English asked for before its
 * catalogue is in, falls back to Japanese (never a raw key).
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = catalogues[lang]?.[key] ?? ja[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}
