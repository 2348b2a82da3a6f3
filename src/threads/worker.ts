import { Worker, type TransferListItem } from "node:worker_threads";

/** tsx's loader API, resolved from here: a worker's own bare imports would resolve from the current folder. */
const TSX_API = import.meta.resolve("tsx/esm/api");

/**
 * A worker thread running the TypeScript module at `moduleUrl`. A worker
 * does not inherit the main thread's loader, so it registers tsx's first.
 */
export function typeScriptWorker(moduleUrl: string, workerData: unknown, transferList?: readonly TransferListItem[]): Worker {
  const boot = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl)}); })`;
  return new Worker(boot, { eval: true, workerData, ...(transferList ? { transferList: [...transferList] } : {}) });
}
