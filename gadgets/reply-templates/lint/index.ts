export { lint, type Finding, type LintOptions } from './lint';
export { ELEMENTS, PHRASE_RULES, REQUIRED, RULE_IDS, type Severity } from './rules';
export { PHRASES, phraseLanguage } from './language';
