import * as common from './common.ts';
import * as overview from './overview.ts';

/**
 * The message catalogue. Each area keeps its own file (common, overview, cases, export, explore …) with a `ja`
 * object (the source of the keys) and an `en` object of the same shape; they are merged here.
 */
export const messages = {
  ja: { ...common.ja, ...overview.ja },
  en: { ...common.en, ...overview.en },
};

export type MessageKey = keyof typeof messages.ja;
