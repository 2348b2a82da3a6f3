import { parentPort, workerData } from "node:worker_threads";
import { hasVocabulary, recordOf, Vocabulary, type SearchPart, type SearchRecord } from "../views/search.ts";
import { lowerThreadPriority } from "../threads/priority.ts";
import { hasOwnRules } from "./pagefind-files.ts";
import { closePagefinds, holdRecord, readHeld, writeSearchBundle, type HeldRecord, type SearchWorkerData } from "./search-index.ts";

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
 * A record made ahead of its part's turn, its text as UTF-8 bytes
 * (src/parse/utf8.ts): at 50,000 articles the later parts' texts are
 * hundreds of megabytes, held until their part's turn.
 */
const made: HeldRecord[][] = parts.map(() => []);

/** The record of one source, its words added to the vocabulary. */
function record(source: SearchPart["sources"][number]): SearchRecord {
  const one = recordOf(source);
  vocabulary?.add(one);
  return one;
}

/**
 * The first part's records, made as Pagefind takes them; between two of
 * them, a share of the other parts' records, which must all exist before
 * the first part's vocabulary record: the worker makes records while the
 * binary indexes. Each part's Markdown is let go once its records are made,
 * and its records once it is indexed: at 50,000 articles either is hundreds
 * of megabytes.
 */
function* firstPart(): Generator<SearchRecord> {
  const [first, ...later] = parts;
  const sources = first!.sources;
  first!.sources = [];
  const perRecord = Math.ceil(later.reduce((n, part) => n + part.sources.length, 0) / Math.max(1, sources.length));
  const laterRecords = makeLaterParts();
  const makeLater = (count: number) => {
    for (let i = 0; i < count; i++) if (laterRecords.next().done) return;
  };
  for (const source of sources) {
    yield record(source);
    makeLater(perRecord);
  }
  makeLater(Infinity);
  if (vocabulary) yield vocabulary.record();
}

/** Makes the other parts' records into `made`, one per step. */
function* makeLaterParts(): Generator<void> {
  for (let i = 1; i < parts.length; i++) {
    const sources = parts[i]!.sources;
    parts[i]!.sources = [];
    for (const source of sources) {
      made[i]!.push(holdRecord(record(source)));
      yield;
    }
  }
}

function* laterPart(i: number): Generator<SearchRecord> {
  const records = made[i]!;
  made[i] = [];
  yield* readHeld(records);
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
