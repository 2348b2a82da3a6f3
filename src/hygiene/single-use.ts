import { LISTED_TAXONOMIES } from "../schema/article.ts";
import type { Archive, Entity } from "../model/types.ts";
import { entityFilePath, namesEntity, NOUNS } from "./describe.ts";
import type { Locator } from "./locate.ts";
import type { ContentWarning } from "./warnings.ts";

/**
 * `single-use`: people, organisations, topics and places named by one
 * article only and without an entity file, where a misspelling hides most
 * often. Sources are left out: an outlet cited once is normal. Entities
 * already in a similar-names warning are left out too (that warning says
 * more). One warning per entity, at the name in its article.
 */
export function singleUseWarnings(archive: Archive, locator: Locator, skip: ReadonlySet<Entity>): ContentWarning[] {
  const warnings: ContentWarning[] = [];
  for (const taxonomy of LISTED_TAXONOMIES) {
    for (const entity of archive.entities[taxonomy]) {
      const article = entity.articles[0];
      if (entity.articles.length !== 1 || entity.file || skip.has(entity) || !article) continue;
      warnings.push({
        code: "single-use",
        file: article.file,
        ...locator.name(article.file, taxonomy, namesEntity(entity)),
        message:
          `"${entity.name}" is named by this article only and no other ${NOUNS[taxonomy].one} looks like it; check the spelling. ` +
          `If it is right, an entity file ${entityFilePath(entity)} (name: ${entity.name}) confirms it and ends this warning`,
      });
    }
  }
  return warnings;
}
