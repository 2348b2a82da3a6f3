import fs from "node:fs";
import path from "node:path";
import { parseFrontMatter } from "../parse/front-matter.ts";
import type { FieldPath, PositionedDocument } from "../parse/yaml-document.ts";

/**
 * Where a front matter field stands, for an error or a warning found after
 * reading. The content model keeps no lines (finding them costs a second,
 * slower YAML parse; src/parse/yaml-document.ts), so the few files an error
 * points at are read again, once each. A file that can no longer be read
 * gives no line.
 */
export class FieldLines {
  private readonly documents = new Map<string, PositionedDocument | null>();

  constructor(private readonly root: string) {}

  /** The line of the value at `fieldPath` in `file` (relative to the content folder). */
  line(file: string, fieldPath: FieldPath): number | undefined {
    return this.document(file)?.lineOf(fieldPath);
  }

  /** The file's front matter, read again. */
  document(file: string): PositionedDocument | null {
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
