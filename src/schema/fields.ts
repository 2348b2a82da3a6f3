import { IANAZone } from "luxon";
import { z } from "zod";
import type { ErrorCode } from "../errors/catalogue.ts";
import { parseDateText } from "./dates.ts";

/**
 * Field types shared by the article, entity and site schemas. A check that
 * fails reports one of the catalogue's codes in `params.code`; the messages
 * say how to fix the value.
 */

type Ctx = { addIssue(issue: { code: "custom"; message: string; params: { code: ErrorCode }; input: unknown }): void };

function fail(ctx: Ctx, code: ErrorCode, message: string, input: unknown): typeof z.NEVER {
  ctx.addIssue({ code: "custom", message, params: { code }, input });
  return z.NEVER;
}

/** An optional field; an empty value (`people:`) counts as not given. */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === null ? undefined : value), schema.optional());
}

/** Trimmed text of 1 to `max` characters. */
export function text(max: number) {
  return z.string().trim().min(1).max(max);
}

/** Text on one line (descriptions used in listings and meta tags). */
export function oneLine(max: number) {
  return text(max).refine((value) => !/[\r\n]/.test(value), {
    message: "must fit on one line; put longer text in the Markdown body",
    params: { code: "wrong-type" satisfies ErrorCode },
  });
}

/** A person's, organisation's, topic's, place's or outlet's name. */
export const entityName = text(200);

/** A date or date-time as the contract writes it, parsed into its parts. */
export const dateText = z.string().transform((value, ctx) => {
  const parsed = parseDateText(value.trim());
  return parsed.ok ? parsed.value : fail(ctx, "invalid-date", parsed.message, value);
});

/** A date that may also be a month (`2025-09`) or a year (`2025`). */
export const partialDateText = z.string().transform((value, ctx) => {
  const parsed = parseDateText(value.trim(), { partial: true });
  return parsed.ok ? parsed.value : fail(ctx, "invalid-date", parsed.message, value);
});

/** An absolute http: or https: URL. */
export const httpUrl = z.string().trim().transform((value, ctx) => {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.hostname === "") {
    return fail(ctx, "invalid-url", `"${value}" is not an absolute http:// or https:// address`, value);
  }
  return value;
});

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A URL slug: lower-case ASCII letters and digits joined by single hyphens. */
export const slug = z.string().refine((value) => SLUG_PATTERN.test(value), {
  message: "must be lower-case letters a-z and digits joined by single hyphens, e.g. north-korean-troops",
  params: { code: "invalid-slug" satisfies ErrorCode },
});

/** A BCP 47 language tag, written back in its canonical form (`en-GB`). */
export const languageTag = z.string().trim().transform((value, ctx) => {
  try {
    const [canonical] = Intl.getCanonicalLocales(value);
    if (canonical) return canonical;
  } catch {
    // falls through to the error below
  }
  return fail(ctx, "invalid-language", `"${value}" is not a BCP 47 language tag such as en, en-GB or de`, value);
});

/** An IANA time zone name such as Europe/London. */
export const timeZone = z.string().trim().transform((value, ctx) =>
  IANAZone.isValidZone(value)
    ? value
    : fail(ctx, "invalid-time-zone", `"${value}" is not an IANA time zone name such as UTC or Europe/London`, value),
);

/** A path on this site (`/old/path/`), used for redirects. */
export const sitePath = z.string().trim().refine((value) => /^\/(?!\/)[^\s?#\\]*$/.test(value) && !/(^|\/)\.\.?(\/|$)/.test(value), {
  message: "must be a path on this site starting with /, such as /old/path/ (no host, no ? or #, no . or .. parts)",
  params: { code: "invalid-path" satisfies ErrorCode },
});

/** A finite number (YAML's .inf and .nan are not). */
export const finiteNumber = z.number().refine((value) => Number.isFinite(value), {
  message: "must be a finite number",
  params: { code: "invalid-number" satisfies ErrorCode },
});
