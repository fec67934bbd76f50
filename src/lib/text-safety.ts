/**
 * Characters that must never reach the page or a file. XML 1.0 forbids C0 controls other than tab and line
 * breaks, U+FFFE/U+FFFF and lone surrogates, so one of them in a chart's text made every SVG export invalid.
 * The bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make a name read as something
 * else; data never needs them.
 */
const XML_FORBIDDEN =
  // oxlint-disable-next-line no-control-regex -- finding these characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** The text with every character XML forbids removed. */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** The text as it may be shown or exported: nothing XML forbids, no bidi overrides or isolates. */
export function displaySafe(text: string): string {
  return xmlSafe(text).replace(BIDI_CONTROLS, '');
}
