import { useState } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import { isTheme, rememberTheme, storedTheme, THEMES, type Theme } from '../../state/theme.ts';

/** System / light / dark; the choice is remembered for the next visit. */
export function ThemeSwitch() {
  const { t } = useI18n();
  const [theme, setTheme] = useState<Theme>(() => storedTheme());
  return (
    <label className="theme-switch">
      {t('theme.label')}
      <select
        value={theme}
        data-testid="theme-switch"
        onChange={(e) => {
          if (!isTheme(e.target.value)) return;
          setTheme(e.target.value);
          rememberTheme(e.target.value);
        }}
      >
        {THEMES.map((v) => (
          <option key={v} value={v}>
            {t(`theme.${v}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
