/**
 * What failed while starting the engine or loading data, kept apart from the human message so the error screen
 * can name the part (engine, decoder, manifest, a data file) and say what to do about it.
 */
export type FailurePart = 'engine' | 'decoder' | 'manifest' | 'fetch' | 'table';

export class LoadFailure extends Error {
  constructor(
    readonly part: FailurePart,
    /** The file (URL path) that failed. */
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

/** The file part of a URL, as the user would look for it in dist/ or the network panel. */
export function shortName(url: string): string {
  try {
    return new URL(url, 'http://x/').pathname;
  } catch {
    return url;
  }
}

export function describeError(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}
