import { bananaMsg } from '../../../gadgets/common/banana';
import en from '../../../gadgets/reply-templates/i18n/en.json';
import de from '../../../gadgets/reply-templates/i18n/de.json';

export const bundles = { en, de };
export const msgFor = (lang: string) => bananaMsg(bundles, lang);
