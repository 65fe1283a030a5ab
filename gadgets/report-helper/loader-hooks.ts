/** Private hook between report-helper's loader and core: "open the dialog" (mw.hook remembers it until the core listens). */
export const OPEN_HOOK = 'wikiSafety.reportHelper.open';
