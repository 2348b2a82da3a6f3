import { parentPort, workerData } from "node:worker_threads";
import type { SearchRecord } from "../views/search.ts";
import { writeSearchIndex } from "./search-index.ts";

/**
 * The body of the search-index worker thread (started by `indexInBackground`
 * in search-index.ts): writes the Pagefind bundle for the records it was
 * given and reports "done" or the error's message.
 */
const { records, bundleDir } = workerData as { records: SearchRecord[]; bundleDir: string };
try {
  await writeSearchIndex(records, bundleDir);
  parentPort!.postMessage({ done: true });
} catch (error) {
  parentPort!.postMessage({ error: (error as Error).message });
}
