/**
 * What every CLI command shares: I/O injected (so tests run commands in-process)
 * and one-line errors instead of stack traces.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Whole standard input as text. */
  stdin(): Promise<string>;
}

export type Command = (argv: string[], io: CliIO) => Promise<number>;

/** A user-facing error: printed as one line, exit code 2. */
export class UsageError extends Error {}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  stdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

/** node:util parseArgs in strict mode, with its errors turned into one-line UsageErrors. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
}

/** Reads FILE, or standard input for "-" or no file. */
export async function readInput(file: string | undefined, io: CliIO): Promise<string> {
  if (file === undefined || file === '-') return io.stdin();
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}${code ? ` (${code})` : ''}`);
  }
}
