/** decodeURIComponent that answers null instead of throwing URIError on a stray `%` or a broken UTF-8 escape. */
export function decodeOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
