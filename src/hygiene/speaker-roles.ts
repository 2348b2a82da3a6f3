import { foldName, spelling } from "../model/names.ts";
import type { Archive, QuoteRef } from "../model/types.ts";
import { listing } from "./describe.ts";
import type { Locator } from "./locate.ts";
import { compareText } from "../errors/catalogue.ts";
import type { ContentWarning } from "./warnings.ts";

interface Occurrence {
  file: string;
  /** Position in the article's `quotes`. */
  index: number;
  written: string;
}

/**
 * `speaker-role`: a speaker (a person, or an organisation speaking) whose
 * role differs between quotes in articles published on one calendar day in
 * the site's time zone. Roles that fold alike (case, white space, quote
 * marks and dashes) are one role; a quote without a role is not compared.
 * One warning per speaker and day, at the first quote with the least used role.
 */
export function speakerRoleWarnings(archive: Archive, locator: Locator): ContentWarning[] {
  const warnings: ContentWarning[] = [];
  for (const entity of [...archive.entities.people, ...archive.entities.organisations]) {
    for (const [day, refs] of byDay(entity.quotes)) {
      const roles = byRole(refs);
      if (roles.length < 2) continue;
      const rarest = roles[roles.length - 1]!.occurrences[0]!;
      const described = roles.map(({ shown, occurrences }) => `as "${shown}" (${occurrencesText(occurrences, rarest.file)})`);
      warnings.push({
        code: "speaker-role",
        file: rarest.file,
        ...locator.role(rarest.file, rarest.index),
        message:
          `"${entity.name}" is quoted on ${day} ${listing(described)}; ` +
          `write the role one way in the quotes of one day, or correct the one that is wrong`,
      });
    }
  }
  return warnings;
}

function byDay(quotes: readonly QuoteRef[]): Map<string, QuoteRef[]> {
  const days = new Map<string, QuoteRef[]>();
  for (const ref of quotes) {
    if (ref.quote.role === undefined || spelling(ref.quote.role) === "") continue;
    const day = ref.article.date.at.toISODate() ?? ref.article.date.written.text;
    days.set(day, [...(days.get(day) ?? []), ref]);
  }
  return days;
}

/** Roles that fold alike as one, most used first (ties: A-Z); each role's quotes by file, then position. */
function byRole(refs: readonly QuoteRef[]): { shown: string; occurrences: Occurrence[] }[] {
  const groups = new Map<string, Occurrence[]>();
  for (const { article, quote } of refs) {
    const written = spelling(quote.role ?? "");
    const key = foldName(written);
    groups.set(key, [...(groups.get(key) ?? []), { file: article.file, index: article.quotes.indexOf(quote), written }]);
  }
  return [...groups.values()]
    .map((list) => {
      const occurrences = list.toSorted((a, b) => compareText(a.file, b.file) || a.index - b.index);
      return { shown: mostUsedSpelling(occurrences), occurrences };
    })
    .toSorted((a, b) => b.occurrences.length - a.occurrences.length || compareText(a.shown, b.shown));
}

function mostUsedSpelling(occurrences: readonly Occurrence[]): string {
  const counts = new Map<string, number>();
  for (const o of occurrences) counts.set(o.written, (counts.get(o.written) ?? 0) + 1);
  return [...counts].toSorted((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]![0];
}

/** "quotes[0], quotes[2]; articles/b.md quotes[1]": the warning's own file is not repeated. */
function occurrencesText(occurrences: readonly Occurrence[], own: string): string {
  const files = new Map<string, number[]>();
  for (const o of occurrences) files.set(o.file, [...(files.get(o.file) ?? []), o.index]);
  return [...files]
    .toSorted(([a], [b]) => (a === own ? -1 : b === own ? 1 : compareText(a, b)))
    .map(([file, indexes]) => `${file === own ? "" : `${file} `}${indexes.map((i) => `quotes[${i}]`).join(", ")}`)
    .join("; ");
}
