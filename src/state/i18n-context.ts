import { createContext, useContext } from 'react';
import type { Lang } from '../i18n/lang.ts';
import { translator, type Translate } from '../i18n/t.ts';

export interface I18n {
  lang: Lang;
  t: Translate;
}

export const I18nContext = createContext<I18n>({ lang: 'ja', t: translator('ja') });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
