/**
 * Detection quality, every tool on the same texts:
 * - the labelled positives and lookalikes of test/fixtures/pii/ (recall, false positives per type);
 * - the real-article corpus, where every finding is a false positive (ours: medium/high, the
 *   ones the gadget alarms on; peers have no severity, so all of theirs count);
 * - the synthetic talk diff, whose planted PII gives a second recall check and whose other
 *   findings show how noisy each tool is on talk-page furniture (signatures, diff ids, IPs of
 *   unregistered editors).
 * Corpus and talk text are cut into the same 4 KB pieces the throughput part times.
 */
import type { PiiType } from '../gadgets/common/contracts';
import type { Detector, ScanContext } from './peers';
import type { CorpusFile } from './corpus';
import type { SyntheticDiff } from './synthetic';
import { evaluateTool, type LabelledLoad } from './labelled';
import type { Metrics } from '../gadgets/pii-flag/detect/evaluate';
import type { OurSpan } from './ours';
import { chunkByLines, countByLabel, KB, overlaps, type Span } from './metrics';

export interface CorpusQuality {
  tool: string;
  findings: number;
  byLabel: Array<[string, number]>;
  filesHit: number;
  piecesFlagged: number;
  pieces: number;
}

export interface PlantedQuality {
  tool: string;
  byType: Array<{ type: PiiType; planted: number; found: number }>;
  /** Findings that are not on planted PII (noise on talk-page text). */
  otherFindings: number;
}

export interface LabelledQuality {
  tool: string;
  metrics: Metrics;
}

export interface Quality {
  corpus: { files: number; bytes: number; tools: CorpusQuality[]; oursAllSeverities?: CorpusQuality; oursPerFile?: CorpusQuality } | null;
  planted: { bytes: number; tools: PlantedQuality[] };
  labelled: { source: string; positives: number; lookalikes: number; tools: LabelledQuality[] } | { missing: string };
}

interface Piece {
  text: string;
  offset: number;
  file: string;
  context: ScanContext;
}

function piecesOf(text: string, file: string, context: ScanContext): Piece[] {
  let offset = 0;
  return chunkByLines(text, 4 * KB).map((t) => {
    const piece = { text: t, offset, file, context };
    offset += t.length;
    return piece;
  });
}

/** One tool over pieces: spans with offsets into the pieces' source texts. */
async function run(detect: Detector['detect'], pieces: Piece[]): Promise<Array<{ piece: Piece; spans: Span[] }>> {
  const out = [];
  for (const piece of pieces) out.push({ piece, spans: await detect(piece.text, piece.context) });
  return out;
}

function corpusQuality(tool: string, results: Array<{ piece: Piece; spans: Span[] }>): CorpusQuality {
  const all = results.flatMap((r) => r.spans);
  return {
    tool,
    findings: all.length,
    byLabel: countByLabel(all),
    filesHit: new Set(results.filter((r) => r.spans.length).map((r) => r.piece.file)).size,
    piecesFlagged: results.filter((r) => r.spans.length).length,
    pieces: results.length,
  };
}

export async function collectQuality(
  detectors: Detector[],
  corpus: CorpusFile[] | null,
  synthetic: SyntheticDiff,
  labelled: LabelledLoad,
  ours: (Detector & { detectAll(text: string, c: ScanContext): OurSpan[] }) | null,
): Promise<Quality> {
  const quality: Quality = { corpus: null, planted: { bytes: synthetic.bytes, tools: [] }, labelled: { missing: '' } };

  if (corpus) {
    const pieces = corpus.flatMap((f) => piecesOf(f.text, f.name, { contentLanguage: f.contentLanguage, namespace: 0 }));
    const tools: CorpusQuality[] = [];
    for (const d of detectors) tools.push(corpusQuality(d.id, await run(d.detect, pieces)));
    quality.corpus = { files: corpus.length, bytes: corpus.reduce((s, f) => s + f.bytes, 0), tools };
    if (ours) {
      quality.corpus.oursAllSeverities = corpusQuality('ours, low included', await run(ours.detectAll, pieces));
      const whole = corpus.map((f) => ({ text: f.text, offset: 0, file: f.name, context: { contentLanguage: f.contentLanguage, namespace: 0 } }));
      quality.corpus.oursPerFile = corpusQuality('ours, one call per article', await run(ours.detect, whole));
    }
  }

  const talkPieces = piecesOf(synthetic.text, 'talk', { contentLanguage: 'en', namespace: 1 });
  for (const d of detectors) {
    const spans = (await run(d.detect, talkPieces)).flatMap((r) => r.spans.map((s) => ({ ...s, start: s.start + r.piece.offset, end: s.end + r.piece.offset })));
    const types = [...new Set(synthetic.planted.map((p) => p.type))];
    quality.planted.tools.push({
      tool: d.id,
      byType: types.map((type) => {
        const planted = synthetic.planted.filter((p) => p.type === type);
        return { type, planted: planted.length, found: planted.filter((p) => spans.some((s) => s.type === type && overlaps(s, p))).length };
      }),
      otherFindings: spans.filter((s) => !synthetic.planted.some((p) => overlaps(s, p))).length,
    });
  }

  if ('missing' in labelled) {
    quality.labelled = { missing: labelled.missing };
  } else {
    const tools: LabelledQuality[] = [];
    for (const d of detectors) {
      // Ours with its severities (evaluate() counts medium and high), peers as they are.
      const detect = d.id === 'ours' && ours ? ours.detectAll : d.detect;
      tools.push({ tool: d.id, metrics: await evaluateTool(labelled, detect) });
    }
    quality.labelled = {
      source: labelled.source,
      positives: labelled.examples.filter((e) => e.kind === 'positive').length,
      lookalikes: labelled.examples.filter((e) => e.kind === 'lookalike').length,
      tools,
    };
  }
  return quality;
}
