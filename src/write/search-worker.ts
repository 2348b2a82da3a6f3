import { parentPort, workerData } from "node:worker_threads";
import { hasVocabulary, recordOf, Vocabulary, type SearchPart, type SearchRecord } from "../views/search.ts";
import { lowerThreadPriority } from "../threads/priority.ts";
import { hasOwnRules } from "./pagefind-files.ts";
import { closePagefinds, writeSearchBundle, type SearchWorkerData } from "./search-index.ts";

/**
 * The body of the search-index worker thread (started by `indexInBackground`
 * in search-index.ts): makes the search records from the sources of each
 * part it was given, writes the search bundle and reports "done" or the
 * error's message. A "stop" message closes Pagefind's services, which kills
 * their binaries, so that nothing more is written; the worker then ends.
 */
const { parts, bundleDir, lowPriority } = workerData as SearchWorkerData & { parts: SearchPart[] };
// Before Pagefind's binary is started: it keeps the priority of the thread that starts it.
if (lowPriority) lowerThreadPriority();
const port = parentPort!;
const stop = new AbortController();
port.once("message", () => {
  stop.abort();
  void closePagefinds();
});
port.unref(); // waiting for "stop" alone does not keep the worker alive

// An index in several parts: each part also holds the whole archive's words (see `Vocabulary`).
const vocabulary = hasVocabulary(parts.length) ? new Vocabulary() : undefined;

/**
 * The first part's records, made as they are indexed; between two of them,
 * the words of a share of the other parts' records, which must all be in
 * the first part's vocabulary record (with Pagefind's binary, words are
 * read while it indexes). A later part's records are made again in its
 * turn (`laterPart`) rather than held until then: at 50,000 articles they
 * were ~250 MB held through most of the build, for ~0.13 ms per article
 * made twice. The Markdown they are made from is the content model's own,
 * shared with this thread (`sharedUtf8Bytes`).
 */
function* firstPart(): Generator<SearchRecord> {
  const [first, ...later] = parts;
  const sources = first!.sources;
  const laterSources = later.flatMap((part) => part.sources);
  const perRecord = Math.ceil(laterSources.length / Math.max(1, sources.length));
  let next = 0;
  const readLater = (count: number) => {
    for (const end = Math.min(laterSources.length, next + count); next < end; next++) vocabulary?.add(recordOf(laterSources[next]!));
  };
  for (const source of sources) {
    const one = recordOf(source);
    vocabulary?.add(one);
    yield one;
    readLater(perRecord);
  }
  readLater(Infinity);
  if (vocabulary) yield vocabulary.record();
}

function* laterPart(i: number): Generator<SearchRecord> {
  for (const source of parts[i]!.sources) yield recordOf(source);
  if (vocabulary) yield vocabulary.record();
}

try {
  const language = parts.find((part) => part.sources.length > 0)?.sources[0]!.language ?? "en";
  await writeSearchBundle(
    parts.map((part) => part.folder),
    (i) => (i === 0 ? firstPart() : laterPart(i)),
    bundleDir,
    { signal: stop.signal, ownRules: hasOwnRules(language) },
  );
  port.postMessage({ done: true });
} catch (error) {
  port.postMessage({ error: (error as Error).message });
}
