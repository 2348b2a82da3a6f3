import { parentPort, workerData } from "node:worker_threads";
import * as pagefind from "pagefind";
import { hasVocabulary, recordOf, vocabularyRecord, type SearchPart } from "../views/search.ts";
import { writeSearchBundle } from "./search-index.ts";

/**
 * The body of the search-index worker thread (started by `indexInBackground`
 * in search-index.ts): makes the search records from the sources of
 * each part it was given, writes the search bundle and reports "done" or the error's message. A "stop" message closes
 * Pagefind's service, which kills its binary, so that nothing more is
 * written; the worker then ends.
 */
const { parts, bundleDir } = workerData as { parts: SearchPart[]; bundleDir: string };
const port = parentPort!;
const stop = new AbortController();
port.once("message", () => {
  stop.abort();
  void pagefind.close();
});
port.unref(); // waiting for "stop" alone does not keep the worker alive
try {
  // Each part's Markdown is let go once its records are made, and its records once it is indexed:
  // at 50,000 articles either is hundreds of megabytes.
  const records = parts.map((part) => {
    const made = part.sources.map(recordOf);
    part.sources = [];
    return made;
  });
  // An index in several parts: each part also holds the whole archive's words (see vocabularyRecord).
  const vocabulary = hasVocabulary(parts.length) ? [vocabularyRecord(records.flat())] : [];
  const folders = parts.map((part) => part.folder);
  await writeSearchBundle(
    folders,
    (i) => {
      const list = [...records[i]!, ...vocabulary];
      records[i] = [];
      return list;
    },
    bundleDir,
    stop.signal,
  );
  port.postMessage({ done: true });
} catch (error) {
  port.postMessage({ error: (error as Error).message });
}
