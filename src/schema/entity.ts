import { z } from "zod";
import { entityName, httpUrl, oneLine, optional, slug } from "./fields.ts";
import type { ErrorCode } from "../errors/catalogue.ts";

/** Entity file front matter (`content/<taxonomy>/<anything>.md`). */
export const entitySchema = z.strictObject({
  name: entityName,
  aliases: optional(z.array(entityName)),
  slug: optional(slug),
  description: optional(oneLine(500)),
  url: optional(httpUrl),
  wikidata: optional(
    z.string().refine((value) => /^Q[1-9][0-9]*$/.test(value), {
      message: "must be a Wikidata item id: Q followed by digits, such as Q7747",
      params: { code: "invalid-wikidata" satisfies ErrorCode },
    }),
  ),
});

export type EntityFrontMatter = z.output<typeof entitySchema>;
