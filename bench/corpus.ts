/** The benign corpus: 60 real Wikipedia articles (../shared/corpus/wikitext/, CC BY-SA). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from './paths';
import { utf8Bytes } from './metrics';

export interface CorpusFile {
  name: string;
  text: string;
  bytes: number;
  contentLanguage: 'en' | 'de';
}

/** The German articles of the corpus (its README lists them); the rest are English. */
const GERMAN = new Set(['BBDO', 'Bazooka', 'Keilwelle', 'Mark-Behr', 'Maurische-Netzwuhle', 'Mozilla-Firefox', 'Sara-C.-Bisel', 'Wendy-Mogel', 'africaans', 'statoil', 'Liste-der-argentinischen-Botschafter-in-Chile']);

export function loadCorpus(dir = CORPUS_DIR): CorpusFile[] | null {
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const name = f.slice(0, -4);
      return { name, text, bytes: utf8Bytes(text), contentLanguage: GERMAN.has(name) ? 'de' : 'en' };
    });
}
