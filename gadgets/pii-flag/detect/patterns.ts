/**
 * Every regular expression the engine runs, for the regex-safety test (recheck) and
 * the bench. A detector that adds a pattern must list it in its `…Patterns()` export.
 */
import { contextPatterns } from './context';
import { dateOfBirthPatterns } from './date-of-birth';
import { emailPatterns } from './email';
import { identityLinkPatterns } from './identity-link';
import { ipPatterns } from './ip-address';
import { maskPatterns } from './mask';
import { nationalIdPatterns } from './national-id';
import { paymentCardPatterns } from './payment-card';
import { phonePatterns } from './phone';
import { postalAddressPatterns } from './postal-address';
import { socialProfilePatterns } from './social-profile';

export function allPatterns(): Record<string, RegExp[]> {
  return {
    mask: maskPatterns(),
    context: contextPatterns(),
    email: emailPatterns(),
    phone: phonePatterns(),
    'postal-address': postalAddressPatterns(),
    'ip-address': ipPatterns(),
    'date-of-birth': dateOfBirthPatterns(),
    'national-id': nationalIdPatterns(),
    'payment-card': paymentCardPatterns(),
    'social-profile': socialProfilePatterns(),
    'identity-link': identityLinkPatterns(),
  };
}
