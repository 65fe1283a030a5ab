/**
 * `npm run bench`: speed, size and detection quality of pii-flag against peer libraries, all
 * measured in this one process on the same inputs. Prints one report and writes it to
 * bench/RESULTS.md. Options: --rounds N (default 5), --quick (2 rounds, smaller fuzz, for
 * trying the bench out), --no-build (measure the dist/ already there), --browser-only (only
 * section 5, printed and not written to RESULTS.md: for before/after runs of the in-page work).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { forbidNetwork, networkAttempts } from './no-network';
import { describeMachine } from './machine';
import { ROOT, RESULTS_FILE } from './paths';
import { loadCorpus } from './corpus';
import { syntheticTalkDiff } from './synthetic';
import { chunkByLines, MB, KB } from './metrics';
import type { Detector } from './peers';
import { loadOurs } from './ours';
import { measureThroughput, type Piece, type Workload } from './throughput';
import { coreComposition, measureSizes } from './size';
import { worstCase } from './worst-case';
import { measureInBrowser } from './browser';
import { loadLabelled } from './labelled';
import { collectQuality } from './quality';
import { renderBrowser, renderReport, type BenchData, type Miss } from './render';
import { hotspots } from './profile';

const started = performance.now();
forbidNetwork();
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const roundsArg = args.indexOf('--rounds');
const rounds = roundsArg >= 0 ? Number(args[roundsArg + 1]) : quick ? 2 : 5;
const log = (line: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${line}\n`);

function build(): string | null {
  if (args.includes('--no-build')) return null;
  log('npm run build');
  let result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
  // Another build in the same checkout (a colleague's, an e2e run) may empty dist/ under ours: try once more.
  if (result.status !== 0) result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status === 0) return null;
  const lines = `${result.stderr}\n${result.stdout}`.trim().split('\n');
  return lines[lines.length - 1] || `exit ${result.status}`;
}

async function main(): Promise<void> {
  const machine = describeMachine();
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() || undefined;
  const buildError = build();
  if (args.includes('--browser-only')) {
    if (buildError) throw new Error(`build failed: ${buildError}`);
    log('in the browser');
    const misses: Miss[] = [];
    process.stdout.write(renderBrowser({ browser: await measureInBrowser(quick ? 3 : 5, log) } as BenchData, misses) + '\n');
    return;
  }

  // Peers are imported only now, after the network guard is in place.
  const { peerDetectors } = await import('./peers');
  const peers = peerDetectors();
  const ours = await loadOurs();
  const detectors: Detector[] = ours.ok ? [ours.detector, ...peers] : peers;

  const corpus = loadCorpus();
  const synthetic = syntheticTalkDiff(2 * MB);
  const chunked = (text: string, context: Piece['context']): Piece[] => chunkByLines(text, 4 * KB).map((t) => ({ text: t, context }));
  const talk = { contentLanguage: 'en', namespace: 1 };

  log('detection quality');
  const labelled = await loadLabelled();
  const quality = await collectQuality(detectors, corpus, synthetic, labelled, ours.ok ? ours.detector : null);

  log(`throughput, ${rounds} interleaved rounds`);
  const workloads: Workload[] = [];
  if (corpus) {
    const corpusBytes = corpus.reduce((s, f) => s + f.bytes, 0);
    workloads.push({
      id: 'corpus-4k',
      label: `corpus, ${corpus.length} articles in 4 KB line-aligned pieces`,
      bytes: corpusBytes,
      pieces: corpus.flatMap((f) => chunked(f.text, { contentLanguage: f.contentLanguage, namespace: 0 })),
    });
    workloads.push({
      id: 'corpus-file',
      label: 'corpus, one call per article',
      bytes: corpusBytes,
      pieces: corpus.map((f) => ({ text: f.text, context: { contentLanguage: f.contentLanguage, namespace: 0 } })),
      only: ['ours', 'libphonenumber-js'],
    });
  }
  workloads.push({ id: 'talk-4k', label: '2 MB synthetic talk diff in 4 KB pieces', bytes: synthetic.bytes, pieces: chunked(synthetic.text, talk) });
  workloads.push({ id: 'talk-whole', label: '2 MB synthetic talk diff in one call', bytes: synthetic.bytes, pieces: [{ text: synthetic.text, context: talk }], only: ['ours'] });
  const timings = await measureThroughput(detectors, workloads, rounds, (r) => log(`round ${r}/${rounds}`));

  let worst = null;
  const profiles: { corpus?: Array<[string, number]>; worst?: Array<[string, number]> } = {};
  if (ours.ok) {
    const detector = ours.detector;
    if (corpus) {
      log('profile of scan on the corpus');
      profiles.corpus = hotspots({ corpus: true });
    }
    log('worst case');
    const scan = (text: string) => detector.detectAll(text, talk);
    worst = worstCase(scan, quick ? 60 : 300);
    profiles.worst = hotspots({ unit: worst.worst.unit, bytes: 20 * KB });
  }

  log('size');
  const sizes = measureSizes();
  if (sizes) {
    sizes.compositions = {};
    for (const gadget of new Set(sizes.gadgets.map((g) => g.gadget))) sizes.compositions[gadget] = await coreComposition(gadget);
  }

  log('in the browser');
  const browser = await measureInBrowser(quick ? 3 : 5, log);

  const report = renderReport({
    machine: describeMachine(new Date(machine.date)),
    commit,
    rounds,
    seconds: (performance.now() - started) / 1000,
    network: networkAttempts(),
    detectors,
    oursMissing: ours.ok ? null : ours.reason,
    quality,
    workloads,
    timings,
    worst,
    profiles,
    sizes,
    buildError,
    browser,
  });
  process.stdout.write(report + '\n');
  writeFileSync(RESULTS_FILE, report + '\n');
  log(`wrote ${RESULTS_FILE}`);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
