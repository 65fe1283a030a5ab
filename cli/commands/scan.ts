import type { Command } from '../io';

// Placeholder until the issue that owns `wiki-safety scan` lands it.
export const run: Command = async (_argv, io) => {
  io.err('wiki-safety scan: not implemented yet');
  return 2;
};
