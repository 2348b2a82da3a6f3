import { DateTime } from "luxon";
import { workerData } from "node:worker_threads";
import { readArticle } from "./articles.ts";
import { CHUNK, sendable, type SentResult, type WorkerJob, type WorkerMessage } from "./read-in-parallel.ts";

/**
 * The worker of `readInParallel`: takes the next `CHUNK` article files from
 * the counter it shares with the main thread, reads them and posts the
 * results, until no file is left.
 */
const { root, files, site, options, clock, counter, port } = workerData as WorkerJob;
const now = DateTime.fromMillis(clock, { zone: site.timeZone });
const post = (message: WorkerMessage) => port.postMessage(message);
for (let start = Atomics.add(counter, 0, CHUNK); start < files.length; start = Atomics.add(counter, 0, CHUNK)) {
  const results: [number, SentResult][] = [];
  for (let i = start; i < Math.min(start + CHUNK, files.length); i++) {
    results.push([i, sendable(readArticle(root, files[i]!, site, { ...options, clock: now }))]);
  }
  post({ results });
}
post({ done: true });
port.close();
