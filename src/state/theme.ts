/** The colour theme: the system's (prefers-color-scheme), or one the reader chose, kept in localStorage. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const KEY = 'jiko.theme';

export function isTheme(v: unknown): v is Theme {
  return (THEMES as readonly unknown[]).includes(v);
}

export function storedTheme(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Theme {
  try {
    const v = storage?.getItem(KEY);
    return isTheme(v) ? v : 'system';
  } catch {
    return 'system';
  }
}

/** Pins light or dark on <html data-theme>; "system" leaves it to the CSS color-scheme. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

export function rememberTheme(theme: Theme): void {
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // private mode or storage disabled: the choice holds for this page only
  }
  applyTheme(theme);
}
