import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import { matchingOptions, type ComboOption } from './combobox-filter.ts';

/**
 * A searchable multi-select (WAI-ARIA combobox with a multi-selectable listbox): type to narrow the list,
 * arrows to move, Enter to add or remove, Escape to close, Backspace on an empty field to drop the last chip.
 */
export function Combobox({
  label,
  options,
  selected,
  onChange,
  testId,
}: {
  label: string;
  options: ComboOption[];
  selected: string[];
  onChange: (values: string[]) => void;
  testId: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const shown = useMemo(() => matchingOptions(options, query), [options, query]);
  const labelOf = (v: string) => options.find((o) => o.value === v)?.label ?? v;
  const toggle = (v: string) => onChange(selected.includes(v) ? selected.filter((s) => s !== v) : [...selected, v]);
  const at = Math.min(active, Math.max(0, shown.length - 1));

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.min(shown.length - 1, Math.max(0, at + step)));
    } else if (e.key === 'Home' && open) {
      e.preventDefault();
      setActive(0);
    } else if (e.key === 'End' && open) {
      e.preventDefault();
      setActive(shown.length - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const option = open ? shown[at] : undefined;
      if (option) toggle(option.value);
      else setOpen(true);
    } else if (e.key === 'Escape') {
      if (open || query) e.preventDefault();
      if (open) setOpen(false);
      else setQuery('');
    } else if (e.key === 'Backspace' && query === '' && selected.length) {
      onChange(selected.slice(0, -1));
    }
  };

  return (
    <div className="combobox" data-testid={testId}>
      {selected.length > 0 && (
        <ul className="combobox__chips" aria-label={t('combobox.selected', { n: selected.length })}>
          {selected.map((v) => (
            <li key={v}>
              <button
                type="button"
                className="chip"
                data-testid={`${testId}-chip`}
                data-value={v}
                aria-label={t('combobox.remove', { value: labelOf(v) })}
                onClick={() => {
                  toggle(v);
                  input.current?.focus();
                }}
              >
                {labelOf(v)} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={input}
        type="text"
        role="combobox"
        className="combobox__input"
        aria-label={t('combobox.search', { label })}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && shown[at] ? `${id}-opt-${at}` : undefined}
        value={query}
        data-testid={`${testId}-input`}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-multiselectable="true"
        aria-label={label}
        className="combobox__list"
        hidden={!open}
        data-testid={`${testId}-list`}
      >
        {shown.map((o, i) => (
          <li
            key={o.value}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={selected.includes(o.value)}
            className={i === at ? 'is-active' : undefined}
            data-value={o.value}
            // Keep the focus in the field: the option is chosen on mousedown, before the field would blur.
            onMouseDown={(e) => {
              e.preventDefault();
              setActive(i);
              toggle(o.value);
            }}
          >
            <span className="combobox__check" aria-hidden="true">
              {selected.includes(o.value) ? '✓' : ''}
            </span>
            {o.label}
            {o.detail && <span className="combobox__detail"> {o.detail}</span>}
          </li>
        ))}
        {shown.length === 0 && (
          <li role="option" aria-disabled="true" aria-selected={false} className="combobox__none">
            {t('combobox.none')}
          </li>
        )}
      </ul>
    </div>
  );
}
