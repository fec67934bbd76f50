import type { Cause } from '../domain/causes.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Translate } from '../i18n/t.ts';

/** What every chart builder needs besides its rows: the language and what dataset the rows come from. */
export interface ChartContext {
  lang: Lang;
  t: Translate;
  datasetLabel: string;
  synthetic: boolean;
  /** Where a click on a mark leads, when the view offers it: a case page, or the cases view filtered. */
  links?: ChartLinks;
}

export interface ChartLinks {
  caseHref: (id: string) => string;
  /** The cases view filtered: a fiscal year, and a cause or major accidents only when given. */
  casesHref: (filter: { cause?: Cause; fiscalYear: number; major?: boolean }) => string;
}
