/**
 * pii-flag's loader: runs on every page view, so it only asks mw.config whether
 * this page shows a diff and, if so, loads the rest (budget < 1 KB gzipped).
 * wgDiffNewId is set by every DifferenceEngine view (index.php?diff=, Special:Diff,
 * Special:ComparePages, Special:MobileDiff); the special page names cover skins
 * or versions that leave it out.
 */
import { loadCore } from '../common/loader';

const special = mw.config.get('wgCanonicalSpecialPageName');
if (mw.config.get('wgDiffNewId') || special === 'ComparePages' || special === 'MobileDiff') loadCore('pii-flag');
