import type { Command } from '../io';

// Placeholder until the issue that owns `wiki-safety referral` lands it.
export const run: Command = async (_argv, io) => {
  io.err('wiki-safety referral: not implemented yet');
  return 2;
};
