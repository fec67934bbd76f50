import * as a11y from './a11y.en.ts';
import * as cases from './cases.en.ts';
import * as common from './common.ts';
import * as dataMsgs from './data.en.ts';
import * as exportMsgs from './export.en.ts';
import * as explore from './explore.en.ts';
import * as faults from './faults.en.ts';
import * as overview from './overview.en.ts';
import * as record from './record.en.ts';
import * as reports from './reports.en.ts';
import type { ja } from './ja.ts';

/**
 * The English catalogue, every key of `ja.ts`. A chunk of its own: only a page shown in English loads it. The
 * common labels (causes, groups, service categories) stay in `common.ts` in both languages: the cases search
 * matches either.
 */
export const en: Record<keyof typeof ja, string> = {
  ...common.en,
  ...overview.en,
  ...cases.en,
  ...reports.en,
  ...explore.en,
  ...exportMsgs.en,
  ...record.en,
  ...dataMsgs.en,
  ...faults.en,
  ...a11y.en,
};
