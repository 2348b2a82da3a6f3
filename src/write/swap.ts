import fs from "node:fs";
import path from "node:path";

const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * Writes a new site beside `outputDir` and swaps it in only when complete:
 * if `write` fails, the previous output folder is left exactly as it was.
 * A build stopped by a signal (Ctrl+C, a CI job cancelled) removes the
 * half-written folder before it stops, so no `<output>.new-…` is left
 * behind; the previous output folder is not touched.
 */
export async function replaceFolder(outputDir: string, write: (folder: string) => Promise<void>): Promise<void> {
  const target = path.resolve(outputDir);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Watched before the folder exists: a signal arriving just after it is made (the process descheduled in between)
  // would otherwise stop the process before any handler could remove it.
  let fresh: string | undefined;
  // Retried (ENOTEMPTY): a write in flight may add a file while the folder is removed.
  const removeFresh = () => {
    if (fresh !== undefined) fs.rmSync(fresh, { recursive: true, force: true, maxRetries: 3, retryDelay: 20 });
  };
  const stopWatching = onStopSignal(removeFresh);
  try {
    fresh = fs.mkdtempSync(`${target}.new-`);
  } catch (error) {
    stopWatching();
    throw error;
  }
  try {
    await write(fresh);
  } catch (error) {
    removeFresh();
    throw error;
  } finally {
    stopWatching();
  }
  if (!fs.existsSync(target)) {
    fs.renameSync(fresh, target);
    return;
  }
  // `rename` cannot replace a non-empty folder: move the old one aside first.
  const old = fs.mkdtempSync(`${target}.old-`);
  fs.rmdirSync(old);
  fs.renameSync(target, old);
  fs.renameSync(fresh, target);
  fs.rmSync(old, { recursive: true, force: true });
}

/**
 * Runs `cleanUp` when the process is asked to stop, then lets the signal do
 * what it would have done: stop the process, or reach the handlers that
 * were there before (serve's own shutdown). Returns the way to stop watching.
 */
function onStopSignal(cleanUp: () => void): () => void {
  // Counted now: a `once` handler is gone by the time the signal reaches this one.
  const handledElsewhere = new Set<string>(STOP_SIGNALS.filter((signal) => process.listenerCount(signal) > 0));
  const handler = (signal: NodeJS.Signals) => {
    stopWatching();
    cleanUp();
    if (!handledElsewhere.has(signal)) process.kill(process.pid, signal);
  };
  const stopWatching = () => {
    for (const signal of STOP_SIGNALS) process.removeListener(signal, handler);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, handler);
  return stopWatching;
}
