import type { ContentError } from "../errors/catalogue.ts";
import { TAXONOMIES, type Taxonomy } from "../schema/article.ts";
import { entitySchema, type EntityFrontMatter } from "../schema/entity.ts";
import type { PositionedDocument } from "../parse/yaml-document.ts";
import { validateMarkdownFile } from "../validate/markdown-file.ts";
import { foldName, spelling } from "./names.ts";

/** A valid entity file. Errors found later find their lines by reading it again (`FieldLines`). */
export interface EntityFile {
  taxonomy: Taxonomy;
  file: string;
  key: string;
  fields: EntityFrontMatter;
  profile: string;
}

/**
 * Entity files of all taxonomies, and name resolution through them:
 * `resolve("people", "Putin")` is the key of the entity whose name or alias
 * folds to "putin", else the folded name itself.
 */
export class EntityFiles {
  readonly byKey: Record<Taxonomy, Map<string, EntityFile>>;
  private readonly aliases: Record<Taxonomy, Map<string, string>>;

  constructor() {
    this.byKey = perTaxonomy(() => new Map<string, EntityFile>());
    this.aliases = perTaxonomy(() => new Map<string, string>());
  }

  /** Every valid entity file, by taxonomy, then file path. */
  all(): EntityFile[] {
    return TAXONOMIES.flatMap((t) => [...this.byKey[t].values()].toSorted((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
  }

  resolve(taxonomy: Taxonomy, name: string): string {
    const key = foldName(name);
    if (this.byKey[taxonomy].has(key)) return key;
    return this.aliases[taxonomy].get(key) ?? key;
  }

  /**
   * Reads and checks every entity file: the schema, then names that fold
   * alike and aliases claimed twice or equal to another entity's name.
   */
  static load(root: string, files: Record<Taxonomy, string[]>): { entityFiles: EntityFiles; errors: ContentError[] } {
    const entityFiles = new EntityFiles();
    const errors: ContentError[] = [];
    for (const taxonomy of TAXONOMIES) {
      const valid: { entry: EntityFile; doc: PositionedDocument }[] = [];
      for (const file of files[taxonomy]) {
        const result = validateMarkdownFile(root, file, entitySchema);
        if (!result.ok) {
          errors.push(...result.errors);
          continue;
        }
        const { fields, doc } = result;
        const entry: EntityFile = {
          taxonomy,
          file,
          key: foldName(fields.name),
          fields: { ...fields, name: spelling(fields.name) },
          profile: result.body.trim(),
        };
        const other = entityFiles.byKey[taxonomy].get(entry.key);
        if (other) {
          errors.push({
            code: "duplicate-entity",
            file,
            line: doc.lineOf(["name"]) ?? 1,
            field: "name",
            message: `"${fields.name}" is already the name of ${other.file}; keep one file and move the other's spellings into its aliases`,
          });
          continue;
        }
        entityFiles.byKey[taxonomy].set(entry.key, entry);
        valid.push({ entry, doc });
      }
      // Aliases after all names, so that an alias equal to a name read later is found.
      for (const { entry, doc } of valid) {
        (entry.fields.aliases ?? []).forEach((alias, i) => {
          const key = foldName(alias);
          if (key === entry.key) return;
          const named = entityFiles.byKey[taxonomy].get(key);
          const claimed = entityFiles.aliases[taxonomy].get(key);
          const where = () => ({ file: entry.file, line: doc.lineOf(["aliases", i]) ?? doc.lineOf(["name"]) ?? 1, field: `aliases[${i}]` });
          if (named) {
            errors.push({ code: "alias-conflict", ...where(), message: `"${alias}" is the name of another entity (${named.file}); remove the alias, or merge the two files` });
          } else if (claimed !== undefined && claimed !== entry.key) {
            const owner = entityFiles.byKey[taxonomy].get(claimed)!;
            errors.push({ code: "alias-conflict", ...where(), message: `"${alias}" is already an alias of "${owner.fields.name}" (${owner.file}); an alias can belong to one entity only` });
          } else {
            entityFiles.aliases[taxonomy].set(key, entry.key);
          }
        });
      }
    }
    return { entityFiles, errors };
  }
}

export function perTaxonomy<T>(make: (taxonomy: Taxonomy) => T): Record<Taxonomy, T> {
  return Object.fromEntries(TAXONOMIES.map((t) => [t, make(t)])) as Record<Taxonomy, T>;
}
