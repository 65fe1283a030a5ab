/** Where the bench finds the repository, the benign corpus and its outputs. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The real-article corpus lives beside the repository (../shared/corpus/wikitext/); WSG_CORPUS overrides. */
export const CORPUS_DIR = process.env.WSG_CORPUS ?? resolve(ROOT, '..', 'shared', 'corpus', 'wikitext');
export const RESULTS_FILE = join(ROOT, 'bench', 'RESULTS.md');
export const DIST_GADGETS = join(ROOT, 'dist', 'gadgets');
