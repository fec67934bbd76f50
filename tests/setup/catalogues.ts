import { en } from '../../src/i18n/messages/en.ts';
import { registerCatalogue } from '../../src/i18n/t.ts';

// The app loads English on demand (src/i18n/t.ts); pure tests translate synchronously, so both are in from the start.
registerCatalogue('en', en);
