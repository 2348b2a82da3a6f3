import type { Taxonomy } from "../schema/article.ts";

/** How each taxonomy is named on pages. */
export const TAXONOMY_LABELS: Record<Taxonomy, { plural: string; singular: string; intro: string }> = {
  people: { plural: "People", singular: "Person", intro: "Everyone the archive's articles name or quote" },
  organisations: { plural: "Organisations", singular: "Organisation", intro: "Agencies, companies, institutions and groups in the archive" },
  topics: { plural: "Topics", singular: "Topic", intro: "Subjects and themes of the archive" },
  places: { plural: "Places", singular: "Place", intro: "Countries, cities and regions in the archive" },
  sources: { plural: "Sources", singular: "Source", intro: "The outlets the archive's reports come from" },
};
