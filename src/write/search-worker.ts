import { parentPort, workerData } from "node:worker_threads";
import { hasVocabulary, recordOf, Vocabulary, type SearchPart, type SearchRecord, type SearchSource } from "../views/search.ts";
import { lowerThreadPriority } from "../threads/priority.ts";
import { hasOwnRules } from "./pagefind-files.ts";
import { closePagefinds, holdRecord, readHeld, writeSearchBundle, type HeldRecord, type SearchWorkerData } from "./search-index.ts";

/**
 * Text of later parts' records held from the first part to their own turn,
 * at most: a part whose articles' Markdown would take the held text past
 * it has its records made again in its turn instead. Holding is free in
 * time and remaking costs ~0.13 ms per article; at 10,000 articles the
 * second part (~27 MB) is held, at 50,000 two of nine later parts are,
 * and the others (~200 MB if held, through most of the build) are made
 * twice (`laterPart`).
 */
const HOLD_BYTES = 64 * 2 ** 20;

/**
 * The body of the search-index worker thread (started by `indexInBackground`
 * in search-index.ts): makes the search records from the sources of each
 * part it was given, writes the search bundle and reports "done" or the
 * error's message. A "stop" message closes Pagefind's services, which kills
 * their binaries, so that nothing more is written; the worker then ends.
 */
const { parts, bundleDir, lowPriority, holdBytes = HOLD_BYTES } = workerData as SearchWorkerData & { parts: SearchPart[] };
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

/** The later parts' records kept from the first part's turn (as UTF-8 bytes), or null for a part made again in its turn. */
const held: (HeldRecord[] | null)[] = [];
let budget = holdBytes;
for (const [i, part] of parts.entries()) {
  const bytes = part.sources.reduce((n, source) => n + source.body.length, 0);
  const hold = i > 0 && bytes <= budget;
  if (hold) budget -= bytes;
  held.push(hold ? [] : null);
}

/** The record of one source, its words added to the vocabulary. */
function record(source: SearchSource): SearchRecord {
  const one = recordOf(source);
  vocabulary?.add(one);
  return one;
}

/**
 * The first part's records, made as they are indexed; between two of them,
 * a share of the other parts' records, whose words must all be in the
 * first part's vocabulary record (with Pagefind's binary, they are made
 * while it indexes). The Markdown records are made from is the content
 * model's own, shared with this thread (`sharedUtf8Bytes`).
 */
function* firstPart(): Generator<SearchRecord> {
  const sources = parts[0]!.sources;
  const later = parts.slice(1).flatMap((part, i) => part.sources.map((source) => ({ source, keep: held[i + 1] })));
  const perRecord = Math.ceil(later.length / Math.max(1, sources.length));
  let next = 0;
  const makeLater = (count: number) => {
    for (const end = Math.min(later.length, next + count); next < end; next++) {
      const { source, keep } = later[next]!;
      const one = record(source);
      keep?.push(holdRecord(one));
    }
  };
  for (const source of sources) {
    yield record(source);
    makeLater(perRecord);
  }
  makeLater(Infinity);
  if (vocabulary) yield vocabulary.record();
}

function* laterPart(i: number): Generator<SearchRecord> {
  const records = held[i];
  held[i] = null;
  if (records) yield* readHeld(records);
  else for (const source of parts[i]!.sources) yield recordOf(source);
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
