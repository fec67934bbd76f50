import type { Lang } from '../i18n/lang.ts';
import { messages, type MessageKey } from '../i18n/messages/index.ts';
import { translate, type Params } from '../i18n/t.ts';
import * as exportMessages from '../i18n/messages/export.ts';

export type ExportMessageKey = keyof typeof exportMessages.ja;

/**
 * `translate` for the export messages. Until messages/index.ts merges export.ts, the keys are read from this
 * area's own file; afterwards the catalogue answers and this is a plain `translate`.
 */
export function tExport(lang: Lang, key: ExportMessageKey, params?: Params): string {
  if (key in messages.ja) return translate(lang, key as unknown as MessageKey, params);
  const template = (lang === 'en' ? exportMessages.en : exportMessages.ja)[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
