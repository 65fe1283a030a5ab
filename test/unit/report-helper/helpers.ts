import { bananaMsg } from '../../../gadgets/common/banana';
import en from '../../../gadgets/report-helper/i18n/en.json';
import de from '../../../gadgets/report-helper/i18n/de.json';

/** The real English messages, as the CLI uses them. */
export const msg = bananaMsg({ en, de }, 'en');
export const messages = en as unknown as Record<string, string>;
