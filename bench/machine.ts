/** The machine a run was made on, printed at the top of the report. */
import { cpus, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';

export interface Machine {
  date: string;
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  load: string;
}

export function describeMachine(now = new Date()): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) cpu = line.split(':')[1].trim();
  } catch {
    // not Linux: os.cpus() is good enough
  }
  let load = '';
  try {
    load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    load = 'n/a';
  }
  return {
    date: now.toISOString().replace(/\.\d+Z$/, 'Z'),
    cores: cpus().length,
    cpu,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    load,
  };
}
