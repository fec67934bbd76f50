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
 * The Japanese catalogue: the source of the keys, bundled with the first view. Each area keeps its own file
 * (common, overview, cases, export, explore …) with a `ja` object; its English is in `<area>.en.ts`, merged in
 * `en.ts`, which loads only when a page is shown in English (src/i18n/t.ts).
 */
export const ja = {
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
};
