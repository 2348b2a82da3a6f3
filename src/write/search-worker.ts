import { parentPort, workerData } from "node:worker_threads";
import * as pagefind from "pagefind";
import { recordOf, type SearchSource } from "../views/search.ts";
import { writeSearchIndex } from "./search-index.ts";

/**
 * The body of the search-index worker thread (started by `indexInBackground`
 * in search-index.ts): makes the search records from the sources it was
 * given, writes their Pagefind bundle and reports "done" or the error's message. A "stop" message closes
 * Pagefind's service, which kills its binary, so that nothing more is
 * written; the worker then ends.
 */
const { sources, bundleDir } = workerData as { sources: SearchSource[]; bundleDir: string };
const port = parentPort!;
const stop = new AbortController();
port.once("message", () => {
  stop.abort();
  void pagefind.close();
});
port.unref(); // waiting for "stop" alone does not keep the worker alive
try {
  await writeSearchIndex(sources.map(recordOf), bundleDir, stop.signal);
  port.postMessage({ done: true });
} catch (error) {
  port.postMessage({ error: (error as Error).message });
}
