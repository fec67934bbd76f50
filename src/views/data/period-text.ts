import { fromQuarterIndex } from '../../domain/fiscal.ts';
import { formatFiscalQuarter } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';

export function formatQuarterIndex(qi: number, lang: Lang): string {
  const { fiscalYear, quarter } = fromQuarterIndex(qi);
  return formatFiscalQuarter(fiscalYear, quarter, lang);
}
