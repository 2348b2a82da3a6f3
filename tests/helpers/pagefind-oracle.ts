import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import * as pagefind from "pagefind";
import type { SearchRecord } from "../../src/views/search.ts";
import { tempDir } from "./cli.ts";

/**
 * What Pagefind's own binary writes for `records`, added in that order:
 * each index file (`.pf_*`) decompressed, without its signature, by path,
 * and `pagefind-entry.json` as "entry". The reference the index written in
 * this process (src/write/pagefind-files.ts) must equal.
 */
export async function pagefindBinaryFiles(records: readonly SearchRecord[]): Promise<Map<string, Buffer>> {
  const { dir, remove } = tempDir("pagefind-oracle");
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join("; "));
    for (const record of records) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length > 0) throw new Error(added.errors.join("; "));
    }
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length > 0) throw new Error(written.errors.join("; "));
    const files = new Map<string, Buffer>();
    for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
      if (!name.includes(".pf_")) continue;
      const data = zlib.gunzipSync(fs.readFileSync(path.join(dir, name)));
      if (data.subarray(0, 12).toString() !== "pagefind_dcd") throw new Error(`${name}: no signature`);
      files.set(name.split(path.sep).join("/"), data.subarray(12));
    }
    files.set("entry", fs.readFileSync(path.join(dir, "pagefind-entry.json")));
    return files;
  } finally {
    await pagefind.close();
    remove();
  }
}
