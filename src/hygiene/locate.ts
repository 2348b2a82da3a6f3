import fs from "node:fs";
import path from "node:path";
import type { Taxonomy } from "../schema/article.ts";
import { parseFrontMatter } from "../parse/front-matter.ts";
import type { FieldPath, PositionedDocument } from "../parse/yaml-document.ts";
import { FIELDS } from "./describe.ts";

/** Where an article names something: the field with its list position, and its line when known. */
export interface Place {
  field: string;
  line?: number;
}

/**
 * Finds where an article's front matter names an entity or gives a quote's
 * role. The content model keeps no lines, so the few articles a warning
 * points at are read again (once each); an article that cannot be read
 * gives the bare field name and no line.
 */
export class Locator {
  private readonly documents = new Map<string, PositionedDocument | null>();

  constructor(private readonly root: string) {}

  /** The first place the article names the entity: its taxonomy's list, `source`, then quote speakers. */
  name(file: string, taxonomy: Taxonomy, isEntity: (written: string) => boolean): Place {
    const doc = this.document(file);
    const data = doc?.data;
    if (!doc || !isRecord(data)) return { field: FIELDS[taxonomy] };
    const at = (field: string, fieldPath: FieldPath): Place => withLine({ field }, doc.lineOf(fieldPath));

    if (taxonomy === "sources") {
      const source = data["source"];
      if (isRecord(source)) return at("source.name", ["source", "name"]);
      return at("source", ["source"]);
    }
    const list = data[taxonomy];
    if (Array.isArray(list)) {
      const index = list.findIndex((item) => typeof item === "string" && isEntity(item));
      if (index >= 0) return at(`${taxonomy}[${index}]`, [taxonomy, index]);
    }
    const quotes = data["quotes"];
    if (Array.isArray(quotes)) {
      const index = quotes.findIndex((q) => isRecord(q) && typeof q["speaker"] === "string" && isEntity(q["speaker"]));
      if (index >= 0) return at(`quotes[${index}].speaker`, ["quotes", index, "speaker"]);
    }
    return { field: taxonomy };
  }

  /** The line of `quotes[index].role`. */
  role(file: string, index: number): Place {
    const field = `quotes[${index}].role`;
    return withLine({ field }, this.document(file)?.lineOf(["quotes", index, "role"]));
  }

  private document(file: string): PositionedDocument | null {
    let doc = this.documents.get(file);
    if (doc === undefined) {
      try {
        doc = parseFrontMatter(fs.readFileSync(path.join(this.root, file), "utf8")).document;
      } catch {
        doc = null;
      }
      this.documents.set(file, doc);
    }
    return doc;
  }
}

function withLine(place: Place, line: number | undefined): Place {
  return line === undefined ? place : { ...place, line };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
