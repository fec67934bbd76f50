import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import { CAUSE_GROUPS, causesInGroup, type Cause, type CauseGroup } from '../../domain/causes.ts';
import { EVIDENCE_LEVELS, type Evidence } from '../../domain/evidence.ts';
import { formatFiscalYear } from '../../i18n/format.ts';
import { OPERATOR_GROUPS, operatorGroup } from '../../domain/operator-groups.ts';
import { MAJOR_STATUSES, NO_CASE_FILTERS, type CaseFilters, type MajorStatus } from '../../query/case-filters.ts';

const SEARCH_DELAY_MS = 250;
const NOT_WEAK: readonly Evidence[] = ['primary', 'secondary'];

function operatorGroupLabel(id: string, lang: 'ja' | 'en'): string {
  const g = operatorGroup(id);
  return g ? (lang === 'ja' ? g.ja : g.en) : id;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="filter-field">
      <span>{label}</span>
      {children}
    </label>
  );
}

/**
 * A select over a list filter: one value, "all", a named `preset` combination (e.g. "not weak"), or — when a link
 * asked for several — that combination, unless it is the preset.
 */
function ListSelect<T extends string>({
  value,
  testId,
  onChange,
  children,
  label,
  preset,
}: {
  value: T[];
  testId: string;
  onChange: (v: T[]) => void;
  children: ReactNode;
  label: (v: T) => string;
  preset?: { value: readonly T[]; label: string };
}) {
  const { t } = useI18n();
  const joined = value.join(',');
  const presetValue = preset?.value.join(',');
  return (
    <select
      value={joined}
      data-testid={testId}
      onChange={(e) => onChange(e.target.value ? (e.target.value.split(',') as T[]) : [])}
    >
      <option value="">{t('cases.filter.all')}</option>
      {children}
      {preset && <option value={presetValue}>{preset.label}</option>}
      {value.length > 1 && joined !== presetValue && <option value={joined}>{value.map(label).join(' / ')}</option>}
    </select>
  );
}

/**
 * Search box and filters of the cases view. The search text goes to the URL after a short pause (replacing the
 * history entry, so typing does not flood back/forward); every other filter change is a new history entry.
 */
export function CaseFilterBar({
  filters,
  years,
  onChange,
}: {
  filters: CaseFilters;
  years: number[];
  onChange: (next: CaseFilters, opts?: { replace?: boolean }) => void;
}) {
  const { t, lang } = useI18n();
  const [text, setText] = useState(filters.text);
  const typed = useRef(filters.text);
  useEffect(() => {
    // The URL changed from elsewhere (back/forward, a link): show its text.
    if (filters.text !== typed.current) setText(filters.text);
    typed.current = filters.text;
  }, [filters.text]);
  useEffect(() => {
    if (text === filters.text) return;
    const timer = setTimeout(() => {
      typed.current = text;
      onChange({ ...filters, text }, { replace: true });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, filters, onChange]);

  const set = (patch: Partial<CaseFilters>) => onChange({ ...filters, text, ...patch });
  const yearOptions = years.map((y) => (
    <option key={y} value={y}>
      {formatFiscalYear(y, lang)}
    </option>
  ));

  return (
    <form
      className="case-filters"
      role="search"
      aria-label={t('cases.filter.legend')}
      onSubmit={(e) => {
        e.preventDefault();
        typed.current = text;
        onChange({ ...filters, text }, { replace: true });
      }}
    >
      <label className="filter-field filter-field--search">
        <span>{t('cases.search.label')}</span>
        <input
          type="search"
          value={text}
          data-testid="case-search"
          placeholder={t('cases.search.placeholder')}
          maxLength={200}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <Field label={t('cases.filter.group')}>
        <ListSelect<CauseGroup>
          value={filters.groups}
          testId="filter-group"
          label={(g) => t(`causeGroup.${g}`)}
          onChange={(groups) => set({ groups })}
        >
          {CAUSE_GROUPS.map((g) => (
            <option key={g} value={g}>
              {t(`causeGroup.${g}`)}
            </option>
          ))}
        </ListSelect>
      </Field>
      <Field label={t('cases.filter.cause')}>
        <ListSelect<Cause>
          value={filters.causes}
          testId="filter-cause"
          label={(c) => t(`cause.${c}`)}
          onChange={(causes) => set({ causes })}
        >
          {CAUSE_GROUPS.map((g) => (
            <optgroup key={g} label={t(`causeGroup.${g}`)}>
              {causesInGroup(g).map((c) => (
                <option key={c} value={c}>
                  {t(`cause.${c}`)}
                </option>
              ))}
            </optgroup>
          ))}
        </ListSelect>
      </Field>
      <Field label={t('cases.filter.fyFrom')}>
        <select
          value={filters.fyFrom ?? ''}
          data-testid="filter-from"
          onChange={(e) => set({ fyFrom: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">{t('cases.filter.all')}</option>
          {yearOptions}
        </select>
      </Field>
      <Field label={t('cases.filter.fyTo')}>
        <select
          value={filters.fyTo ?? ''}
          data-testid="filter-to"
          onChange={(e) => set({ fyTo: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">{t('cases.filter.all')}</option>
          {yearOptions}
        </select>
      </Field>
      <Field label={t('cases.filter.major')}>
        <ListSelect<MajorStatus>
          value={filters.major}
          testId="filter-major"
          label={(m) => t(`cases.major.${m}`)}
          onChange={(major) => set({ major })}
        >
          {MAJOR_STATUSES.map((m) => (
            <option key={m} value={m}>
              {t(`cases.major.${m}`)}
            </option>
          ))}
        </ListSelect>
      </Field>
      <Field label={t('cases.filter.operator')}>
        <ListSelect<string>
          value={filters.operators}
          testId="filter-operator"
          label={(v) => operatorGroupLabel(v, lang)}
          onChange={(operators) => set({ operators })}
        >
          {OPERATOR_GROUPS.map((g) => (
            <option key={g.id} value={g.id}>
              {lang === 'ja' ? g.ja : g.en}
            </option>
          ))}
        </ListSelect>
      </Field>
      <Field label={t('cases.filter.evidence')}>
        <ListSelect<Evidence>
          value={filters.evidence}
          testId="filter-evidence"
          label={(v) => t(`evidence.${v}`)}
          onChange={(evidence) => set({ evidence })}
          preset={{ value: NOT_WEAK, label: t('cases.filter.notWeak') }}
        >
          {EVIDENCE_LEVELS.map((v) => (
            <option key={v} value={v}>
              {t(`evidence.${v}`)}
            </option>
          ))}
        </ListSelect>
      </Field>
      <button
        type="button"
        className="link-button"
        data-testid="filter-clear"
        onClick={() => {
          setText('');
          typed.current = '';
          onChange(NO_CASE_FILTERS);
        }}
      >
        {t('cases.filter.clear')}
      </button>
    </form>
  );
}
