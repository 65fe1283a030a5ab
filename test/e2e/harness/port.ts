/**
 * A free loopback port at or after `start`: several people (or CI jobs) may run the
 * e2e suite on one machine at once, and each run gets its own wiki and port.
 */
import { createServer } from 'node:net';

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export async function freePort(start: number, avoid: number[] = []): Promise<number> {
  for (let port = start; port < start + 100; port++) {
    if (!avoid.includes(port) && (await isFree(port))) return port;
  }
  throw new Error(`no free port on 127.0.0.1 between ${start} and ${start + 99}`);
}
