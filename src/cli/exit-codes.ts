/** Exit codes of every command (documented in the README). */
export const EXIT = {
  ok: 0,
  /** The content has errors; every one was printed. */
  contentErrors: 1,
  /** The command line was wrong (unknown option, missing folder, bad --now). */
  usage: 2,
  /** A fault in Clippings itself or the machine (disk full, a bug). */
  internal: 3,
} as const;
