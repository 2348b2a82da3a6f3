// Preloaded with `--import` (tests only): fails the process if it imports
// any module named in CLIPPINGS_FORBID (comma-separated bare specifiers).
import { register } from "node:module";

register("./forbid-modules-hooks.mjs", import.meta.url, { data: (process.env.CLIPPINGS_FORBID ?? "").split(",").filter(Boolean) });
