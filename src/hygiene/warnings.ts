import { sortErrors } from "../errors/catalogue.ts";

/**
 * Content warnings: problems worth an editor's look that do not stop a build.
 * Printed like errors, `FILE:LINE: field: message` (`formatError` in
 * src/errors/catalogue.ts), and listed with the errors in docs/errors.md.
 */
export const WARNING_CODES = {
  "similar-names":
    "two names of one taxonomy probably mean one entity (a misspelling, a surname alone, a legal form, British and American spelling, an old place name, another script) but are not aliases",
  "unused-entity-file": "an entity file that no published article names: it adds no page",
  "single-use": "a person, organisation, topic or place named by one article only, without an entity file",
  "speaker-role": "a speaker's role is written differently in quotes published on the same day",
} as const;

export type WarningCode = keyof typeof WARNING_CODES;

export interface ContentWarning {
  code: WarningCode;
  /** Path relative to the content folder, with forward slashes. */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** The field, with list positions: `people[2]`, `quotes[0].role`. */
  field: string;
  message: string;
}

/** Warnings in a fixed order: by file, then line, then field, then message. */
export function sortWarnings(warnings: readonly ContentWarning[]): ContentWarning[] {
  return sortErrors(warnings);
}
