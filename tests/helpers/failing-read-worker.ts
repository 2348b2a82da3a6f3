import { workerData } from "node:worker_threads";
import { CHUNK, type WorkerJob } from "../../src/model/read-in-parallel.ts";

/**
 * A reading worker that fails: it takes two chunks of files from the shared
 * counter, as the real one does, and dies before posting anything.
 */
const { counter } = workerData as WorkerJob;
Atomics.add(counter, 0, CHUNK);
Atomics.add(counter, 0, CHUNK);
throw new Error("the reading worker failed (on purpose, in a test)");
