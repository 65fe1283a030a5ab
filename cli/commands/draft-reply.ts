import type { Command } from '../io';

// Placeholder until the issue that owns `wiki-safety draft-reply` lands it.
export const run: Command = async (_argv, io) => {
  io.err('wiki-safety draft-reply: not implemented yet');
  return 2;
};
