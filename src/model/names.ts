/**
 * Entity names are matched after folding: Unicode NFC, trim, every run of
 * white space (no-break spaces too) to one space, typographic quotes to ' and ",
 * en and em dashes to -, then lower case. Folding is done once per name, when
 * the entity index is built.
 */
export function foldName(name: string): string {
  let folded = folds.get(name);
  if (folded === undefined) {
    folded = fold(name);
    remember(folds, name, folded);
  }
  return folded;
}

/**
 * Names repeat across thousands of articles (and `serve` folds them all
 * again after every edit): each distinct written name is folded once. The
 * memo is bounded, in case a process reads many archives.
 */
const folds = new Map<string, string>();
const spellings = new Map<string, string>();
const MEMO_LIMIT = 200_000;

function remember(memo: Map<string, string>, name: string, value: string): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(name, value);
}

function fold(name: string): string {
  return spelling(name)
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .toLowerCase();
}

/** A name as it is displayed: NFC, trimmed, white space collapsed, case kept. */
export function spelling(name: string): string {
  let written = spellings.get(name);
  if (written === undefined) {
    written = name.normalize("NFC").trim().replace(/\s+/gu, " ");
    remember(spellings, name, written);
  }
  return written;
}
