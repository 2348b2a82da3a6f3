import path from "node:path";
import * as pagefind from "pagefind";
import type { SiteContext } from "../views/context.ts";
import { SEARCH_BUNDLE, searchRecords, type SearchRecord } from "../views/search.ts";

/** Indexes every published article of the site into `siteDir`: the build's last step. */
export async function writeSiteSearch(context: SiteContext, siteDir: string): Promise<void> {
  await writeSearchIndex(searchRecords(context), path.join(siteDir, SEARCH_BUNDLE));
}

/**
 * Writes the Pagefind bundle (the index and Pagefind's own UI files) for
 * `records` into `bundleDir` (the site's `/pagefind/`). The files depend only on the
 * records (Pagefind orders pages itself), so the same content gives
 * byte-identical files. Records are sent one at a time: sending them all at
 * once was no faster. Any error Pagefind reports fails the build.
 */
export async function writeSearchIndex(records: readonly SearchRecord[], bundleDir: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join("; ")}`);
    for (const record of records) {
      const added = await index.addCustomRecord(record);
      check(added.errors, `indexing ${record.url}`);
    }
    const written = await index.writeFiles({ outputPath: bundleDir });
    check(written.errors, "writing the search index");
  } finally {
    await pagefind.close();
  }
}

function check(errors: readonly string[], doing: string): void {
  if (errors.length > 0) throw new Error(`Pagefind failed ${doing}: ${errors.join("; ")}`);
}
