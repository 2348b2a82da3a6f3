import os from "node:os";

/**
 * Lowers the calling thread's scheduling priority (on Linux a priority is
 * per thread: worker threads started before, and the processes they
 * spawn, keep theirs) and returns what puts it back. Putting it back may
 * need a privilege the user lacks; the thread then stays low, which is
 * harmless for a build that only waits afterwards. Where priorities cannot
 * be changed at all, nothing happens.
 */
export function lowerThreadPriority(): () => void {
  let before: number;
  try {
    before = os.getPriority();
    os.setPriority(os.constants.priority.PRIORITY_LOW);
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      os.setPriority(before);
    } catch {
      // Raising a priority back needs CAP_SYS_NICE on Linux.
    }
  };
}
