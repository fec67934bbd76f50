import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import { CAUSE_GROUPS, causesInGroup, type Cause } from '../../domain/causes.ts';
import { fromQuarterIndex } from '../../domain/fiscal.ts';
import { SERVICE_CATEGORIES, type ServiceCategory } from '../../domain/thresholds.ts';
import { formatFiscalQuarter, formatFiscalYear, formatInteger } from '../../i18n/format.ts';
import { Combobox } from '../controls/Combobox.tsx';
import { FilterDrawer } from '../controls/FilterDrawer.tsx';
import { activeFilterCount, NO_FILTERS, type Filters } from '../../query/report-filters.ts';

export interface FilterOptions {
  fyMin: number;
  fyMax: number;
  /** First and last quarter index holding data. */
  qiMin?: number;
  qiMax?: number;
  operators: { value: string; n: number }[];
}

function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

function Group({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <fieldset className="filter-group" data-testid={testId}>
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

/** A number input that applies on Enter or when it loses focus, not on every keystroke. */
function NumberInput(props: { label: string; value?: number; onCommit: (v?: number) => void; testId: string }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const n = draft.trim() === '' ? undefined : Number(draft);
    setDraft(null);
    if (n === undefined || (Number.isFinite(n) && n >= 0)) props.onCommit(n);
  };
  return (
    <label className="filter-number">
      <span>{props.label}</span>
      <input
        type="number"
        min={0}
        inputMode="numeric"
        data-testid={props.testId}
        value={draft ?? (props.value === undefined ? '' : String(props.value))}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </label>
  );
}

type Set = (patch: Partial<Filters>) => void;

/**
 * The filters shared by the report views; every change goes to the URL. A brush moves only the period: the other
 * groups keep their props (filters without the period, stable handlers) and are not re-rendered on its steps.
 */
export function FilterPanel({
  filters,
  options,
  onChange,
}: {
  filters: Filters;
  options: FilterOptions;
  onChange: (f: Filters) => void;
}) {
  const { t } = useI18n();
  // Handlers read the filters and the callback of the last render, so they stay the same function while brushing.
  const latest = useRef({ filters, onChange });
  useLayoutEffect(() => {
    latest.current = { filters, onChange };
  }, [filters, onChange]);
  const set = useCallback<Set>((patch) => latest.current.onChange({ ...latest.current.filters, ...patch }), []);
  const { period, ...others } = filters;
  const othersKey = JSON.stringify(others);
  const rest = useMemo(() => JSON.parse(othersKey) as Omit<Filters, 'period'>, [othersKey]);
  const count = activeFilterCount(filters);

  return (
    <FilterDrawer count={count}>
      <aside className="filter-panel" aria-label={t('filters.title')} data-testid="filter-panel">
        <div className="filter-panel__head">
          <h3>{t('filters.title')}</h3>
          <span className={`badge ${count ? 'badge--on' : ''}`} data-testid="filter-count">
            {t('filters.active', { n: count })}
          </span>
          <button
            type="button"
            className="link-button"
            disabled={!count}
            onClick={() => onChange(NO_FILTERS)}
            data-testid="filter-reset"
          >
            {t('filters.reset')}
          </button>
        </div>
        <FilterGroups filters={rest} options={options} set={set} />
        <PeriodGroup period={period} options={options} set={set} />
      </aside>
    </FilterDrawer>
  );
}

const FilterGroups = memo(function FilterGroups({
  filters,
  options,
  set,
}: {
  filters: Omit<Filters, 'period'>;
  options: FilterOptions;
  set: Set;
}) {
  const { t, lang } = useI18n();
  const years: number[] = [];
  for (let y = options.fyMin; y <= options.fyMax; y++) years.push(y);
  return (
    <>
    <Group title={t('filters.fy')} testId="filter-fy">
      <div className="filter-row">
        {(['fyFrom', 'fyTo'] as const).map((k) => (
          <label key={k}>
            <span>{t(k === 'fyFrom' ? 'filters.from' : 'filters.to')}</span>
            <select
              value={filters[k] ?? ''}
              data-testid={`filter-${k}`}
              onChange={(e) => set({ [k]: e.target.value === '' ? undefined : Number(e.target.value) })}
            >
              <option value="">{t('filters.any')}</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {formatFiscalYear(y, lang)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    </Group>

    <Group title={t('filters.quarters')} testId="filter-quarters">
      <div className="filter-row">
        {[1, 2, 3, 4].map((q) => (
          <label key={q} className="filter-check">
            <input
              type="checkbox"
              checked={filters.quarters.includes(q)}
              onChange={() => set({ quarters: toggle(filters.quarters, q) })}
              data-testid={`filter-q${q}`}
            />
            {lang === 'ja' ? `第${q}` : `Q${q}`}
          </label>
        ))}
      </div>
    </Group>

    <Group title={t('filters.causes')} testId="filter-causes">
      {CAUSE_GROUPS.map((g) => {
        const members = causesInGroup(g);
        const on = members.filter((c) => filters.causes.includes(c)).length;
        return (
          <div key={g} className="cause-group">
            <label className="filter-check filter-check--group">
              <input
                type="checkbox"
                checked={on === members.length}
                ref={(el) => {
                  if (el) el.indeterminate = on > 0 && on < members.length;
                }}
                onChange={() =>
                  set({
                    causes:
                      on === members.length
                        ? filters.causes.filter((c) => !members.includes(c))
                        : [...new Set<Cause>([...filters.causes, ...members])],
                  })
                }
                data-testid={`filter-group-${g}`}
              />
              {t(`causeGroup.${g}`)}
            </label>
            {members.length > 1 &&
              members.map((c) => (
                <label key={c} className="filter-check filter-check--member">
                  <input
                    type="checkbox"
                    checked={filters.causes.includes(c)}
                    onChange={() => set({ causes: toggle(filters.causes, c) })}
                    data-testid={`filter-cause-${c}`}
                  />
                  {t(`cause.${c}`)}
                </label>
              ))}
          </div>
        );
      })}
    </Group>

    <Group title={t('filters.services')} testId="filter-services">
      {SERVICE_CATEGORIES.map((s) => (
        <label key={s} className="filter-check">
          <input
            type="checkbox"
            checked={filters.services.includes(s)}
            onChange={() => set({ services: toggle<ServiceCategory>(filters.services, s) })}
            data-testid={`filter-service-${s}`}
          />
          {t(`service.${s}`)}
        </label>
      ))}
    </Group>

    <Group title={t('filters.operators')} testId="filter-operators">
      <Combobox
        label={t('filters.operators')}
        options={options.operators.map((o) => ({
          value: o.value,
          label: o.value,
          detail: `(${formatInteger(o.n, lang)})`,
        }))}
        selected={filters.operators}
        onChange={(operators) => set({ operators })}
        testId="filter-operator"
      />
    </Group>

    <Group title={t('filters.major')} testId="filter-major">
      <label className="filter-check">
        <input
          type="checkbox"
          checked={filters.majorOnly}
          onChange={() => set({ majorOnly: !filters.majorOnly })}
          data-testid="filter-major-only"
        />
        {t('filters.major')}
      </label>
    </Group>

    <Group title={t('filters.users')} testId="filter-users">
      <div className="filter-row">
        <NumberInput
          label={t('filters.min')}
          value={filters.usersMin}
          onCommit={(v) => set({ usersMin: v })}
          testId="filter-users-min"
        />
        <NumberInput
          label={t('filters.max')}
          value={filters.usersMax}
          onCommit={(v) => set({ usersMax: v })}
          testId="filter-users-max"
        />
      </div>
    </Group>

    <Group title={t('filters.duration')} testId="filter-duration">
      <div className="filter-row">
        <NumberInput
          label={t('filters.min')}
          value={filters.durationMin}
          onCommit={(v) => set({ durationMin: v })}
          testId="filter-duration-min"
        />
        <NumberInput
          label={t('filters.max')}
          value={filters.durationMax}
          onCommit={(v) => set({ durationMax: v })}
          testId="filter-duration-max"
        />
      </div>
    </Group>

    </>
  );
});

const PeriodGroup = memo(function PeriodGroup({
  period,
  options,
  set,
}: {
  period: Filters['period'];
  options: FilterOptions;
  set: Set;
}) {
  const { t, lang } = useI18n();
  // The same option elements on every brush step: React skips them and only moves the two selected values.
  const quarterOptions = useMemo(() => {
    const out: ReactNode[] = [];
    for (let i = options.fyMin * 4; i <= options.fyMax * 4 + 3; i++) {
      const { fiscalYear, quarter } = fromQuarterIndex(i);
      out.push(
        <option key={i} value={i}>
          {formatFiscalQuarter(fiscalYear, quarter, lang)}
        </option>,
      );
    }
    return out;
  }, [options.fyMin, options.fyMax, lang]);
  return (
  <Group title={t('filters.period')} testId="filter-period">
    <div className="filter-row">
      {[0, 1].map((end) => (
        <label key={end}>
          <span>{t(end === 0 ? 'filters.from' : 'filters.to')}</span>
          <select
            value={period?.[end] ?? ''}
            data-testid={`filter-period-${end === 0 ? 'from' : 'to'}`}
            onChange={(e) => {
              if (e.target.value === '') return set({ period: undefined });
              const v = Number(e.target.value);
              const other = period?.[1 - end] ?? v;
              set({ period: [Math.min(v, other), Math.max(v, other)] });
            }}
          >
            <option value="">{t('filters.any')}</option>
            {quarterOptions}
          </select>
        </label>
      ))}
    </div>
    {period && (
      <button
        type="button"
        className="link-button"
        onClick={() => set({ period: undefined })}
        data-testid="filter-period-clear"
      >
        {t('filters.period.clear')}
      </button>
    )}
  </Group>
  );
});
