import type { Taxonomy } from "../schema/article.ts";
import { isMapping, type FieldPath } from "../parse/yaml-document.ts";
import { FieldLines } from "../validate/field-lines.ts";
import { fieldName } from "../validate/schema-issues.ts";
import { FIELDS } from "./describe.ts";

/** Where an article names something: the field with its list position, and its line when known. */
export interface Place {
  field: string;
  line?: number;
}

/**
 * Finds where an article's front matter names an entity or gives a quote's
 * role. The content model keeps no lines, so the few articles a warning
 * points at are read again (`FieldLines`); an article that cannot be read
 * gives the bare field name and no line.
 */
export class Locator {
  private readonly lines: FieldLines;

  constructor(root: string) {
    this.lines = new FieldLines(root);
  }

  /** The first place the article names the entity: its taxonomy's list, `source`, then quote speakers. */
  name(file: string, taxonomy: Taxonomy, isEntity: (written: string) => boolean): Place {
    const doc = this.lines.document(file);
    const data = doc?.data;
    if (!doc || !isMapping(data)) return { field: FIELDS[taxonomy] };
    const at = (field: string, fieldPath: FieldPath): Place => withLine({ field }, doc.lineOf(fieldPath));

    if (taxonomy === "sources") {
      const source = data["source"];
      if (isMapping(source)) return at("source.name", ["source", "name"]);
      return at("source", ["source"]);
    }
    const list = data[taxonomy];
    if (Array.isArray(list)) {
      const index = list.findIndex((item) => typeof item === "string" && isEntity(item));
      if (index >= 0) return at(`${taxonomy}[${index}]`, [taxonomy, index]);
    }
    const quotes = data["quotes"];
    if (Array.isArray(quotes)) {
      const index = quotes.findIndex((q) => isMapping(q) && typeof q["speaker"] === "string" && isEntity(q["speaker"]));
      if (index >= 0) return at(`quotes[${index}].speaker`, ["quotes", index, "speaker"]);
    }
    return { field: taxonomy };
  }

  /** The place of the value at `fieldPath`. */
  field(file: string, fieldPath: FieldPath): Place {
    return withLine({ field: fieldName(fieldPath) }, this.lines.line(file, fieldPath));
  }

  /** The line of `quotes[index].role`. */
  role(file: string, index: number): Place {
    const field = `quotes[${index}].role`;
    return withLine({ field }, this.lines.line(file, ["quotes", index, "role"]));
  }
}

function withLine(place: Place, line: number | undefined): Place {
  return line === undefined ? place : { ...place, line };
}
