import { en } from './en.ts';
import { ja } from './ja.ts';

/**
 * Both catalogues, for tests and tools that check them against each other. App code takes `ja` from `ja.ts` and
 * English through `src/i18n/t.ts` (loaded on demand), so the first view does not carry both languages.
 */
export const messages = { ja, en };

export type MessageKey = keyof typeof ja;
