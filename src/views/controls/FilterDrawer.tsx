import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../state/i18n-context.ts';

/**
 * On a wide screen the filters sit beside the charts as they are; on a narrow one they live in a drawer opened
 * by a button that shows how many filters are active. Escape closes the drawer and returns to the button.
 */
export function FilterDrawer({ count, children }: { count: number; children: ReactNode }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const sheetId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) closeButton.current?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <div className={`filter-drawer${open ? ' is-open' : ''}`}>
      <button
        ref={toggle}
        type="button"
        className="filter-drawer__toggle link-button"
        aria-expanded={open}
        aria-controls={sheetId}
        data-testid="filter-drawer-toggle"
        onClick={() => setOpen((o) => !o)}
      >
        {t('filters.open', { n: count })}
      </button>
      <div
        id={sheetId}
        className="filter-drawer__sheet"
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open && !e.defaultPrevented) close();
        }}
      >
        {open && (
          <button
            ref={closeButton}
            type="button"
            className="link-button filter-drawer__close"
            data-testid="filter-drawer-close"
            onClick={close}
          >
            {t('filters.close')}
          </button>
        )}
        {children}
      </div>
    </div>
  );
}
