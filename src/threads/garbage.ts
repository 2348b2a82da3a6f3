import v8 from "node:v8";
import vm from "node:vm";

/**
 * A full garbage collection of the calling thread's heap (each worker
 * thread has its own), where the build knows a large part of what it made
 * has just been let go: V8 otherwise grows the resident size to several
 * times what is alive. `gc` is exposed for a fresh context only, so no flag
 * is needed at start.
 */
v8.setFlagsFromString("--expose-gc");
export const collectGarbage = vm.runInNewContext("gc") as (() => void) | undefined;
