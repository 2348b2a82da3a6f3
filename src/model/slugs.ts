import { createHash } from "node:crypto";
import { slugify } from "transliteration";

/**
 * URL slugs: lower-case ASCII `[a-z0-9-]`, transliterated where a
 * transliteration exists (Владимир Путин -> vladimir-putin, Hangul romanised).
 * A text that still yields nothing gets a stable slug from a hash of itself,
 * so a URL never depends on the order files are read.
 */
export function slugOf(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    if (slugs.size >= 200_000) slugs.clear();
    slug = makeSlug(text);
    slugs.set(text, slug);
  }
  return slug;
}

/** Transliteration is the slow part of a build's entity index: each distinct text is slugged once per process. */
const slugs = new Map<string, string>();

function makeSlug(text: string): string {
  const slug = slugify(text, { lowercase: true, separator: "-", trim: true })
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug !== "") return slug;
  return `x${createHash("sha256").update(text.normalize("NFC")).digest("hex").slice(0, 10)}`;
}
