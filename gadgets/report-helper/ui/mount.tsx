/** Renders the report dialog into `root` (kept apart so that index.ts stays plain TypeScript). */
import { render } from 'preact';
import { ReportDialog, type ReportDialogProps } from './ReportDialog';

export function mountDialog(root: HTMLElement, props: Omit<ReportDialogProps, 'onClose'>): void {
  render(<ReportDialog {...props} onClose={() => render(null, root)} />, root);
}

export function unmountDialog(root: HTMLElement): void {
  render(null, root);
}
