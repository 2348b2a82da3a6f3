import fs from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { collectGarbage } from "../threads/garbage.ts";
import { typeScriptWorker } from "../threads/worker.ts";
import type { SiteContext } from "../views/context.ts";
import { compressedFileSync, pagefindIndexFiles, writePagefindIndex, type PagefindIndexFiles } from "./pagefind-files.ts";
import { WordRules } from "./pagefind-words.ts";
import { utf8Bytes, utf8Text } from "../parse/utf8.ts";
import { hasVocabulary, SEARCH_BUNDLE, searchParts, VOCABULARY_FILTER, type SearchPart, type SearchRecord } from "../views/search.ts";

export interface SiteSearchOptions {
  /** Articles per part of the index (`SEARCH_PART_SIZE` by default). */
  partSize?: number;
  signal?: AbortSignal;
}

/**
 * Starts indexing every published article of the site into `siteDir` on a
 * worker thread, so that the pages can be rendered meanwhile; the promise
 * settles when the index is written.
 */
export function writeSiteSearch(context: SiteContext, siteDir: string, options: SiteSearchOptions = {}): Promise<void> {
  return indexInBackground(searchParts(context, options.partSize), path.join(siteDir, SEARCH_BUNDLE), options.signal);
}

const WORKER = new URL("./search-worker.ts", import.meta.url).href;

/** What the search worker is given (`workerData`). */
export interface SearchWorkerData {
  parts: readonly SearchPart[];
  bundleDir: string;
  lowPriority: boolean;
  /** The most text of later parts' records the worker holds from the first part's turn (`HOLD_BYTES` in search-worker.ts by default). */
  holdBytes?: number;
}

/**
 * `writeSearchBundle` on a worker thread, for the records made from
 * each part's sources there (`recordOf`). Pagefind's binary is fed records
 * over a pipe, one request at a time: on the main thread that feeding
 * waits for every turn of the event loop between two pages being rendered.
 * On its own thread it keeps the binary busy on the second core while the
 * main thread renders. With `lowPriority` the worker, and Pagefind's binary
 * it starts, give way to every other thread (`serve`: an edit's pages come
 * before the index).
 */
export function indexInBackground(parts: readonly SearchPart[], bundleDir: string, signal?: AbortSignal, options: { lowPriority?: boolean; holdBytes?: number } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const data: SearchWorkerData = { parts, bundleDir, lowPriority: options.lowPriority ?? false, ...(options.holdBytes === undefined ? {} : { holdBytes: options.holdBytes }) };
    const worker = typeScriptWorker(WORKER, data);
    const settle = (error?: unknown) => {
      signal?.removeEventListener("abort", abort);
      if (error === undefined) resolve();
      else reject(error);
    };
    // Settles once the worker has ended, Pagefind's binary killed: nothing
    // writes into `bundleDir` any more.
    const abort = () => worker.postMessage("stop");
    signal?.addEventListener("abort", abort, { once: true });
    worker.on("message", (message: { done?: true; error?: string }) => {
      if (!signal?.aborted) settle(message.error === undefined ? undefined : new Error(message.error));
    });
    worker.once("error", (error) => settle(signal?.aborted ? signal.reason : error));
    // Pagefind's Node API never answers once its binary has died (a panic,
    // printed to stderr): the worker's event loop then runs dry and it exits.
    worker.once("exit", () => settle(signal?.aborted ? signal.reason : new Error("Pagefind stopped before the search index was written (its own message is above)")));
  });
}

/** Pagefind's UI files the search page loads, moved from a part to the bundle's root. */
const UI_FILES = ["pagefind-ui.js", "pagefind-ui.css"];
/** What else Pagefind writes into each part and nothing loads: its other UIs. */
const UNUSED_FILES = ["pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js"];
/** The module searching every part at once, written as the bundle's `pagefind.js`. */
const PARTS_MODULE = new URL("../../layouts/assets/pagefind-parts.js", import.meta.url);

export interface BundleOptions {
  /** Stops the bundle between two requests to Pagefind, and between parts. */
  signal?: AbortSignal;
  /** The two Pagefind binaries (a test passes stand-ins). */
  apis?: readonly [PagefindApi, PagefindApi];
  /** Whether the records' language is one whose word rules are reproduced here (`hasOwnRules`): parts are then indexed in this process. */
  ownRules?: boolean;
}

/**
 * Writes the search bundle into `bundleDir` (the site's `/pagefind/`): one
 * Pagefind index per part, then Pagefind's UI files, and the module that
 * searches all parts at once as `pagefind.js`, where Pagefind's UI loads it.
 * `recordsOf(i)` gives part `i`'s records (with the vocabulary record when
 * `hasVocabulary`) when its turn comes, so that a part's records can be let
 * go once it is indexed. A part's files depend only on its records
 * (Pagefind orders pages itself), so the same content gives byte-identical
 * files. Any error Pagefind reports fails the bundle; an aborted `signal`
 * stops it between two requests to Pagefind.
 *
 * With `ownRules` (the site's language is English: `hasOwnRules`) a part
 * is indexed in this process, in Pagefind's format (`indexPart`), and
 * Pagefind's binary writes only its browser files, once; a part whose
 * records are outside the rules reproduced here (an emoji) goes to the
 * binaries, as every part does otherwise.
 *
 * There, a part's records are added by one of two Pagefind binaries while the
 * other writes the previous part: Pagefind ends writing an index with a
 * few seconds on one core (at 10,000 articles, ~2.5 s of each part's
 * ~5 s), which the next part's adding now fills. At most one part is being
 * written at a time (a written index is what Pagefind's memory peaks on):
 * the search index alone at 10,000 articles took 13.3-13.6 s instead of
 * 15.1-15.3 s, for the same CPU (docs/performance.md).
 */
export async function writeSearchBundle(
  folders: readonly string[],
  recordsOf: (index: number) => Iterable<SearchRecord>,
  bundleDir: string,
  { signal, apis = PAGEFINDS, ownRules = false }: BundleOptions = {},
): Promise<void> {
  let writing: Promise<void> | undefined;
  let binaryParts = 0;
  let client: Promise<string> | undefined;
  const rules = new WordRules();
  const clientDir = path.join(bundleDir, ".client");
  try {
    for (const [i, folder] of folders.entries()) {
      let records = recordsOf(i);
      if (ownRules) {
        // A part is indexed without a turn of the event loop: a "stop" already sent is taken first.
        await new Promise((resolve) => setImmediate(resolve));
        signal?.throwIfAborted();
        const held = Array.from(records, holdRecord);
        const dir = path.join(bundleDir, folder);
        const own = indexPart(held, dir, rules);
        if (own !== null) {
          // Pagefind's browser files, from its binary over a one-record index, once (no other part in its hands).
          await writing;
          client ??= writeClientFiles(apis[1], held[0]!.language, clientDir, signal);
          await writePagefindIndex(own, dir, await client, signal);
          collectGarbage?.();
          continue;
        }
        records = readHeld(held);
      }
      // The binary that wrote the part before last, closed once it was written.
      const api = apis[binaryParts++ % 2]!;
      const index = await addRecords(api, records, signal);
      await writing;
      writing = writeIndex(api, index, path.join(bundleDir, folder), signal);
      writing.catch(() => undefined); // awaited; not an unhandled rejection meanwhile
    }
    await writing;
    await client;
  } finally {
    // After a failure, the binary still adding or writing is stopped.
    await Promise.all(apis.map((api) => api.close()));
    fs.rmSync(clientDir, { recursive: true, force: true });
  }
  for (const file of UI_FILES) fs.renameSync(path.join(bundleDir, folders[0]!, file), path.join(bundleDir, file));
  for (const folder of folders) {
    for (const file of [...UI_FILES, ...UNUSED_FILES]) fs.rmSync(path.join(bundleDir, folder, file), { force: true });
  }
  const vocabulary = hasVocabulary(folders.length) ? VOCABULARY_FILTER : null;
  fs.writeFileSync(path.join(bundleDir, "pagefind.js"), `const PARTS = ${JSON.stringify(folders)};\nconst VOCABULARY = ${JSON.stringify(vocabulary)};\n${fs.readFileSync(PARTS_MODULE, "utf8")}`);
}

/** A search record held while it waits: its text as UTF-8 bytes, half the memory of most texts as strings (src/parse/utf8.ts). */
export type HeldRecord = Omit<SearchRecord, "content"> & { content: Uint8Array };

export function holdRecord({ content, ...rest }: SearchRecord): HeldRecord {
  return { ...rest, content: utf8Bytes(content) };
}

/** The records of `held`, their texts made again one at a time. */
export function* readHeld(held: readonly HeldRecord[]): Generator<SearchRecord> {
  for (const { content, ...rest } of held) yield { ...rest, content: utf8Text(content) };
}

/**
 * Indexes one part in this process (`pagefindIndexFiles`), its fragments
 * compressed and written into `dir` as they are made (most of a part's
 * bytes, not held with the rest); null, and no fragment left in `dir`,
 * when a record is outside the word rules reproduced here. Compressed one
 * at a time: a gzip stream holds ~0.25 MB while it works, and thousands
 * queued at once on libuv's thread pool took 0.9 GB more. The thread's
 * garbage is collected afterwards: the resident size otherwise keeps what
 * indexing the part made and let go.
 */
function indexPart(held: readonly HeldRecord[], dir: string, rules: WordRules): PagefindIndexFiles | null {
  const language = held[0]?.language;
  if (language === undefined) return null;
  let written = false;
  const fragment = (name: string, data: Buffer) => {
    if (!written) fs.mkdirSync(path.join(dir, "fragment"), { recursive: true });
    written = true;
    fs.writeFileSync(path.join(dir, name), compressedFileSync(data));
  };
  const own = pagefindIndexFiles(readHeld(held), language, { rules, fragment });
  if (own === null && written) fs.rmSync(dir, { recursive: true, force: true });
  collectGarbage?.();
  return own;
}

/** What the search bundle needs of Pagefind's Node API. */
export type PagefindApi = Pick<typeof pagefind, "createIndex" | "close">;
type PagefindIndex = NonNullable<Awaited<ReturnType<PagefindApi["createIndex"]>>["index"]>;

/**
 * Two instances of Pagefind's Node API, each with a binary of its own:
 * the module keeps one binary, and the same module imported under another
 * URL is another instance of it.
 */
const PAGEFINDS: readonly [PagefindApi, PagefindApi] = [pagefind, (await import(`${import.meta.resolve("pagefind")}?second-binary`)) as PagefindApi];

/** Stops every Pagefind binary this thread started: nothing more is written. */
export async function closePagefinds(): Promise<void> {
  await Promise.all(PAGEFINDS.map((api) => api.close()));
}

/**
 * A new index of `api`'s binary with `records` added. Up to `IN_FLIGHT`
 * records are sent before the first answer is awaited, so that the binary
 * indexes one while the next is made (`records` may make them as they are
 * asked for).
 */
async function addRecords(api: PagefindApi, records: Iterable<SearchRecord>, signal?: AbortSignal): Promise<PagefindIndex> {
  signal?.throwIfAborted();
  const { index, errors } = await api.createIndex({});
  if (!index) throw new Error(`Pagefind could not create an index: ${errors.join("; ")}`);
  const sent: Promise<void>[] = [];
  for (const record of records) {
    signal?.throwIfAborted();
    const added = index.addCustomRecord(record).then((answer) => check(answer.errors, `indexing ${record.url}`));
    added.catch(() => undefined); // awaited below, in order; not an unhandled rejection meanwhile
    sent.push(added);
    if (sent.length >= IN_FLIGHT) await sent.shift();
  }
  for (const added of sent) await added;
  return index;
}

/** Writes `index` into `bundleDir`, then closes `api`'s binary (which held the index in memory). */
async function writeIndex(api: PagefindApi, index: PagefindIndex, bundleDir: string, signal?: AbortSignal): Promise<void> {
  try {
    signal?.throwIfAborted();
    const written = await index.writeFiles({ outputPath: bundleDir });
    check(written.errors, "writing the search index");
  } finally {
    await api.close();
  }
}

/**
 * Writes Pagefind's browser files (its script, worker, WebAssembly and UI)
 * into `dir`, from its binary indexing one record in `language`, and
 * closes the binary; resolves to `dir`.
 */
async function writeClientFiles(api: PagefindApi, language: string, dir: string, signal?: AbortSignal): Promise<string> {
  const index = await addRecords(api, [{ url: "/", language, content: "Clippings", meta: { title: "" }, filters: {}, sort: {} }], signal);
  await writeIndex(api, index, dir, signal);
  return dir;
}

/** Records sent to Pagefind ahead of its answers. */
const IN_FLIGHT = 8;

function check(errors: readonly string[], doing: string): void {
  if (errors.length > 0) throw new Error(`Pagefind failed ${doing}: ${errors.join("; ")}`);
}
