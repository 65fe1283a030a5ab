import type { Command } from '../io';

// Placeholder until the issue that owns `wiki-safety lint-reply` lands it.
export const run: Command = async (_argv, io) => {
  io.err('wiki-safety lint-reply: not implemented yet');
  return 2;
};
