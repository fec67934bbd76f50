import * as a11y from './a11y.ts';
import * as cases from './cases.ts';
import * as common from './common.ts';
import * as dataMsgs from './data.ts';
import * as exportMsgs from './export.ts';
import * as explore from './explore.ts';
import * as faults from './faults.ts';
import * as overview from './overview.ts';
import * as record from './record.ts';
import * as reports from './reports.ts';

/**
 * The message catalogue. Each area keeps its own file (common, overview, cases, export, explore …) with a `ja`
 * object (the source of the keys) and an `en` object of the same shape; they are merged here.
 */
export const messages = {
  ja: {
    ...common.ja,
    ...overview.ja,
    ...cases.ja,
    ...reports.ja,
    ...explore.ja,
    ...exportMsgs.ja,
    ...record.ja,
    ...dataMsgs.ja,
    ...faults.ja,
    ...a11y.ja,
  },
  en: {
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
  },
};

export type MessageKey = keyof typeof messages.ja;
