import { useSyncExternalStore } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import { useData } from '../../state/data-context.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { reportsTableOf, talliesTableOf } from '../../data/dataset-registry.ts';

const noop = () => () => undefined;
const zero = () => 0;

/** Chooses the dataset of the report views; the choice lives in the URL (`ds`). */
export function DatasetSwitcher({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { t } = useI18n();
  const data = useData();
  const registry = data.status === 'ready' ? data.registry : null;
  useSyncExternalStore(registry?.subscribe ?? noop, registry?.getVersion ?? zero);
  if (!registry) return null;
  return (
    <fieldset className="dataset-switcher" data-testid="dataset-switcher">
      <legend>{t('dataset.label')}</legend>
      {/* Imported cases join the cases view; the report views need report rows or tallies. */}
      {registry
        .datasets()
        .filter((d) => reportsTableOf(d) !== null || talliesTableOf(d) !== null)
        .map((d) => (
        <label key={d.id} className={d.synthetic ? 'is-synthetic' : ''}>
          <input
            type="radio"
            name="dataset"
            value={d.id}
            checked={value === d.id}
            onChange={() => onChange(d.id)}
            data-testid={`dataset-${d.id}`}
          />
          {d.imported ? t('dataset.imported', { name: d.imported.name }) : t(`dataset.${d.id}` as MessageKey)}
          <span className="dataset-switcher__desc">
            {d.imported
              ? t('dataset.imported.desc', { file: d.imported.fileName })
              : t(`dataset.${d.id}.desc` as MessageKey)}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

export function SyntheticBanner() {
  const { t } = useI18n();
  return (
    <div className="synthetic-banner" role="note" data-testid="synthetic-banner">
      <strong>{t('synthetic.short')}</strong> {t('synthetic.banner')}
    </div>
  );
}
