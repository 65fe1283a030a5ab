/**
 * report-helper's loader: runs on every page, so it stays tiny. It adds the
 * "Report privately" tool link everywhere and "Add this diff to a report" on
 * diff views; a click fires a hook and loads the core, which listens. On
 * history and contributions pages the core is loaded at once to add per-row links.
 */
import { loadCore } from '../common/loader';
import { REPORT_ADD_DIFF_HOOK, type ReportAddDiffRequest } from '../common/contracts';
import { OPEN_HOOK } from './loader-hooks';
import {
  'report-helper-portlet-report' as enReport,
  'report-helper-portlet-report-tooltip' as enReportTip,
  'report-helper-portlet-add-diff' as enAdd,
  'report-helper-portlet-add-diff-tooltip' as enAddTip,
} from './i18n/en.json';
import {
  'report-helper-portlet-report' as deReport,
  'report-helper-portlet-report-tooltip' as deReportTip,
  'report-helper-portlet-add-diff' as deAdd,
  'report-helper-portlet-add-diff-tooltip' as deAddTip,
} from './i18n/de.json';

const NAME = 'report-helper';

function link(id: string, text: string, tip: string, act: () => void): void {
  // mw.util.addPortletLink is in the loader's dependencies; p-tb exists in every desktop skin.
  const portlet = document.getElementById('p-tb') ? 'p-tb' : 'p-cactions';
  const li = mw.util.addPortletLink(portlet, '#', text, id, tip);
  li?.addEventListener('click', (e) => {
    e.preventDefault();
    act();
  });
}

function init(): void {
  const c = mw.config;
  const de = /^de\b/.test(String(c.get('wgUserLanguage')));
  link('t-wsg-report', de ? deReport : enReport, de ? deReportTip : enReportTip, () => {
    mw.hook(OPEN_HOOK).fire({});
    loadCore(NAME);
  });
  const newId = Number(c.get('wgDiffNewId'));
  if (newId > 0) {
    link('t-wsg-report-add', de ? deAdd : enAdd, de ? deAddTip : enAddTip, () => {
      let server = String(c.get('wgServer'));
      if (server.indexOf('//') === 0) server = location.protocol + server;
      const request: ReportAddDiffRequest = {
        server,
        dbName: String(c.get('wgDBname')),
        newId,
        oldId: Number(c.get('wgDiffOldId')) || undefined,
        title: String(c.get('wgPageName')).replace(/_/g, ' '),
        openDialog: true,
      };
      mw.hook(REPORT_ADD_DIFF_HOOK).fire(request);
      loadCore(NAME);
    });
  }
  if (c.get('wgAction') === 'history' || c.get('wgCanonicalSpecialPageName') === 'Contributions') loadCore(NAME);
}

$(init);
