import type { Translate } from '../../i18n/t.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { ImportError, QuotaError } from '../../state/use-import.ts';

const mb = (n: number | string) => (Number(n) / 1024 / 1024).toFixed(1);

/** The specific message for a refused file: what is wrong and, where known, where. */
export function importErrorText(e: Error, t: Translate): string {
  if (e instanceof QuotaError) {
    return t('import.error.quota', { need: mb(e.need), free: e.free === null ? '?' : mb(e.free) });
  }
  if (e instanceof ImportError) {
    const d = e.detail;
    const params: Record<string, string | number> = { ...d };
    if (d.size !== undefined) params.size = mb(d.size);
    if (d.max !== undefined && e.code === 'too_large') params.max = mb(d.max);
    return t(`import.error.${e.code}` as MessageKey, params);
  }
  return t('import.error.internal', { message: e.message });
}
