/** The fixed look of every export: light, explicit colours, whatever theme the page was in. */
export const INK = '#1f2328';
export const MUTED = '#57606a';
export const RULE = '#d0d7de';
export const BACKGROUND = '#ffffff';
export const SYNTHETIC_RED = '#b42318';

/** Used where text stays text (editable SVG); Noto first because text-to-paths sets the same face. */
export const FONT_STACK =
  "'Noto Sans JP', 'Noto Sans CJK JP', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', Meiryo, system-ui, sans-serif";

export const SVG_NS = 'http://www.w3.org/2000/svg';
