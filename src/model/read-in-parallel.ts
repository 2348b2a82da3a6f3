import type { DateTime } from "luxon";
import { MessageChannel, receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import type { SiteSettings } from "../schema/site.ts";
import { typeScriptWorker } from "../threads/worker.ts";
import { modelDate, readArticle, type ArticleDraft, type ArticleResult } from "./articles.ts";
import type { BuildOptions } from "./types.ts";

/** What reading the articles needs, on either thread. */
export interface ReadJob {
  root: string;
  /** Article files, relative to `root`, in listing order. */
  files: readonly string[];
  site: SiteSettings;
  options: BuildOptions;
  clock: DateTime;
}

export interface ParallelHooks {
  /** Called with 0 first, then about every 250 articles. */
  onArticles?: (done: number, total: number) => void;
  /** From how many articles a worker is started (`PARALLEL_FROM`). */
  parallelFrom?: number;
  /** False: the main thread reads only what the worker leaves (for tests of the worker's side). */
  mainThreadReads?: boolean;
  /** The worker's module (`read-worker.ts`); tests give one that fails. */
  workerModule?: string;
}

/** Below this many articles a second thread costs more to start (~0.35 s) than it saves. */
export const PARALLEL_FROM = 1000;

/** Files taken at a time by either thread from the shared counter. */
export const CHUNK = 50;

/**
 * Every article of `job` read (`readArticle`), results in listing order,
 * the work shared by the main thread and a worker: each takes the next
 * `CHUNK` files from a counter they share until none are left, so the
 * faster one reads more. Reading is most of loading an archive (YAML with
 * positions, validation, dates), and the second core is otherwise idle
 * then. The result does not depend on which thread read which file: a
 * worker's drafts come back without their luxon dates (which do not cross
 * threads), and get them again from the dates as written. Should the
 * worker fail, the main thread reads what it left.
 */
export async function readInParallel(
  job: ReadJob,
  hooks: ParallelHooks = {},
): Promise<ArticleResult[]> {
  const { files, root, site } = job;
  const total = files.length;
  const results: (ArticleResult | undefined)[] = new Array(total);
  const read = (i: number) => readArticle(root, files[i]!, site, { ...job.options, clock: job.clock });
  hooks.onArticles?.(0, total);

  const counter = new Int32Array(new SharedArrayBuffer(4));
  // The worker's results come through this channel: the main thread takes
  // them synchronously between its own chunks, so they do not pile up
  // (copied, then copied again) while it reads.
  const { port1: inbox, port2: outbox } = new MessageChannel();
  const worker =
    total >= (hooks.parallelFrom ?? PARALLEL_FROM)
      ? typeScriptWorker(hooks.workerModule ?? WORKER, { root, files, site, options: buildOptions(job.options), clock: job.clock.toMillis(), counter, port: outbox } satisfies WorkerJob, [outbox])
      : undefined;
  let finish = () => {};
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const take = (message: WorkerMessage) => {
    if ("results" in message) for (const [i, sent] of message.results) results[i] = received(sent, site.timeZone);
    else finish();
  };
  const takeWaiting = () => {
    for (let waiting = receiveMessageOnPort(inbox); waiting; waiting = receiveMessageOnPort(inbox)) take(waiting.message as WorkerMessage);
  };
  if (worker) {
    inbox.on("message", take);
    // A worker that fails leaves its files unread: the main thread reads them below.
    worker.once("error", finish);
    worker.once("exit", finish);
  } else finish();

  let reported = 0;
  if (hooks.mainThreadReads === false) await finished;
  for (let start = Atomics.add(counter, 0, CHUNK); start < total; start = Atomics.add(counter, 0, CHUNK)) {
    for (let i = start; i < Math.min(start + CHUNK, total); i++) results[i] = read(i);
    takeWaiting();
    const done = Math.min(Atomics.load(counter, 0), total);
    if (done - reported >= 250) hooks.onArticles?.((reported = done), total);
  }
  takeWaiting();
  await finished;
  inbox.close();
  await worker?.terminate();
  // Array.from, not map: map skips the holes a failed worker leaves.
  return Array.from(results, (result, i) => result ?? read(i));
}

/** Only the build options reading uses: the caller's object may hold more, which need not cross threads (or cannot). */
function buildOptions({ drafts, future, now }: BuildOptions): BuildOptions {
  return { drafts, future, ...(now ? { now } : {}) };
}

const WORKER = new URL("./read-worker.ts", import.meta.url).href;

/** What the worker is given (`workerData`). */
export interface WorkerJob {
  root: string;
  files: readonly string[];
  site: SiteSettings;
  options: BuildOptions;
  /** `ReadJob.clock` in milliseconds, read back in the site zone. */
  clock: number;
  counter: Int32Array;
  /** Where the worker posts its `WorkerMessage`s. */
  port: MessagePort;
}

/** A draft as it crosses threads: its dates as written, without luxon's. */
type SentDraft = Omit<ArticleDraft, "date" | "updated"> & { date: ArticleDraft["date"]["written"]; updated?: ArticleDraft["date"]["written"] };
export type SentResult = { ok: true; draft: SentDraft } | Extract<ArticleResult, { ok: false }>;

/** What the worker posts: results as it reads them, then that it is done. */
export type WorkerMessage = { results: [number, SentResult][] } | { done: true };

/** A result for posting to another thread. */
export function sendable(result: ArticleResult): SentResult {
  if (!result.ok) return result;
  const { date, updated, ...rest } = result.draft;
  return { ok: true, draft: { ...rest, date: date.written, ...(updated ? { updated: updated.written } : {}) } };
}

/** A posted result back as `readArticle` made it. */
export function received(sent: SentResult, zone: string): ArticleResult {
  if (!sent.ok) return sent;
  const { date, updated, ...rest } = sent.draft;
  const draft: ArticleDraft = { ...rest, date: modelDate(date, zone), ...(updated ? { updated: modelDate(updated, zone) } : {}) };
  return { ok: true, draft };
}
