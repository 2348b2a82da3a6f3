import type { Archive } from "../model/types.ts";
import { Locator } from "./locate.ts";
import { similarNameWarnings } from "./similar-warnings.ts";
import { singleUseWarnings } from "./single-use.ts";
import { speakerRoleWarnings } from "./speaker-roles.ts";
import { unusedEntityFileWarnings } from "./unused.ts";
import { sortWarnings, type ContentWarning } from "./warnings.ts";

/**
 * The entity hygiene report: warnings for editors about the content model
 * (similar names, unused entity files, entities named once, speakers' roles),
 * sorted by file, line, field and message. It reads the front matter of the
 * articles it points at again, for their lines.
 */
export function hygieneReport(archive: Archive): ContentWarning[] {
  const locator = new Locator(archive.root);
  const similar = similarNameWarnings(archive, locator);
  return sortWarnings([
    ...similar.warnings,
    ...unusedEntityFileWarnings(archive, locator),
    ...singleUseWarnings(archive, locator, similar.involved),
    ...speakerRoleWarnings(archive, locator),
  ]);
}
