import { perTaxonomy } from "../model/entity-files.ts";
import type { Archive } from "../model/types.ts";
import type { Locator } from "./locate.ts";
import type { ContentWarning } from "./warnings.ts";

/** `unused-entity-file`: entity files whose entity no published article names. */
export function unusedEntityFileWarnings(archive: Archive, locator: Locator): ContentWarning[] {
  const used = perTaxonomy((taxonomy) => new Set(archive.entities[taxonomy].map((e) => e.key)));
  return archive.entityFiles
    .filter((file) => !used[file.taxonomy].has(file.key))
    .map((file) => ({
      code: "unused-entity-file",
      file: file.file,
      ...locator.field(file.file, ["name"]),
      message:
        `"${file.fields.name}" is named by no published article, so this file adds no page; ` +
        `name it (or one of its aliases) in an article, or delete the file`,
    }));
}
