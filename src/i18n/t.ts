import type { Lang } from './lang.ts';
import { messages, type MessageKey } from './messages/index.ts';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Looks a key up and fills `{name}` placeholders. A missing English string falls back to Japanese. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const table = messages[lang] as Record<string, string>;
  const template = table[key] ?? messages.ja[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}
