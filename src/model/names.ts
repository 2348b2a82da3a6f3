/**
 * Entity names are matched after folding: Unicode NFC, trim, every run of
 * white space (no-break spaces too) to one space, typographic quotes to ' and ",
 * en and em dashes to -, then lower case. Folding is done once per name, when
 * the entity index is built.
 */
export function foldName(name: string): string {
  return spelling(name)
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .toLowerCase();
}

/** A name as it is displayed: NFC, trimmed, white space collapsed, case kept. */
export function spelling(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/gu, " ");
}
