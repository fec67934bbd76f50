import type { Lang } from '../i18n/lang.ts';
import type { Translate } from '../i18n/t.ts';

/** What every chart builder needs besides its rows: the language and what dataset the rows come from. */
export interface ChartContext {
  lang: Lang;
  t: Translate;
  datasetLabel: string;
  synthetic: boolean;
}
