import { monthUrl } from "./archive-urls.ts";
import { monthName } from "./coverage-chart.ts";
import { isoDateTime } from "./format.ts";
import type { Taxonomy } from "../schema/article.ts";
import type { Article, Entity } from "../model/types.ts";
import type { SiteContext } from "./context.ts";
import { TAXONOMY_LABELS } from "./labels.ts";
import type { JsonLd, JsonValue } from "./types.ts";

/** schema.org types of the taxonomies' entities. */
const SCHEMA_TYPES: Record<Taxonomy, string> = {
  people: "Person",
  organisations: "Organization",
  topics: "Thing",
  places: "Place",
  sources: "Organization",
};

/** An entity as a schema.org thing, with `sameAs` from its Wikidata id and URL. */
export function entityThing(entity: Entity, context: SiteContext): JsonLd {
  const sameAs = [entity.wikidata ? `https://www.wikidata.org/wiki/${entity.wikidata}` : undefined, entity.externalUrl].filter(
    (url): url is string => url !== undefined,
  );
  return {
    "@type": SCHEMA_TYPES[entity.taxonomy],
    name: entity.name,
    url: context.absolute(entity.url),
    ...(entity.description ? { description: entity.description } : {}),
    ...(sameAs.length ? { sameAs } : {}),
  };
}

/** `NewsArticle` and `BreadcrumbList` for an article page. */
export function articleStructuredData(article: Article, context: SiteContext, imageUrl?: string): JsonLd[] {
  const url = context.absolute(article.url);
  const source = article.source;
  const author: JsonValue[] = source.author
    ? [{ "@type": "Person", name: source.author }]
    : [{ "@type": "Organization", name: source.entity.name, url: context.absolute(source.entity.url) }];
  const things = (taxonomy: Exclude<Taxonomy, "sources">) => article.entities[taxonomy].map((e) => entityThing(e, context));
  const month = { year: article.date.at.year, month: article.date.at.month };
  const newsArticle: JsonLd = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": url,
    url,
    mainEntityOfPage: url,
    headline: article.title,
    description: article.summary,
    inLanguage: article.lang,
    ...(imageUrl ? { image: [imageUrl] } : {}),
    datePublished: isoDateTime(article.date),
    dateModified: isoDateTime(article.lastModified),
    author,
    publisher: { "@type": "Organization", name: context.site.title, url: `${context.site.url}/` },
    sourceOrganization: entityThing(source.entity, context),
    ...(source.url ? { isBasedOn: source.url } : {}),
    about: things("topics"),
    mentions: [...things("people"), ...things("organisations"), ...things("places")],
    ...(article.quotes.length
      ? {
          citation: article.quotes.map((quote) => ({
            "@type": "Quotation",
            text: quote.text,
            creator: entityThing(quote.speaker, context),
            ...(quote.role ? { description: quote.role } : {}),
          })),
        }
      : {}),
    ...(article.corrections.length
      ? { correction: article.corrections.map((c) => ({ "@type": "CorrectionComment", text: c.text, datePublished: isoDateTime(c.date) })) }
      : {}),
  };
  return [
    newsArticle,
    breadcrumbs(context, [
      { name: context.site.title, url: "/" },
      { name: monthName(month, article.lang), url: monthUrl(month) },
      { name: article.title, url: article.url },
    ]),
  ];
}

/** `CollectionPage` about the entity, and `BreadcrumbList`, for an entity page. */
export function entityStructuredData(entity: Entity, pageUrl: string, context: SiteContext): JsonLd[] {
  const url = context.absolute(pageUrl);
  return [
    {
      "@context": "https://schema.org",
      "@type": "CollectionPage",
      "@id": url,
      url,
      name: entity.name,
      about: entityThing(entity, context),
      isPartOf: { "@type": "WebSite", name: context.site.title, url: `${context.site.url}/` },
    },
    breadcrumbs(context, [
      { name: context.site.title, url: "/" },
      { name: TAXONOMY_LABELS[entity.taxonomy].plural, url: `/${entity.taxonomy}/` },
      { name: entity.name, url: entity.url },
    ]),
  ];
}

function breadcrumbs(context: SiteContext, items: { name: string; url: string }[]): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({ "@type": "ListItem", position: i + 1, name: item.name, item: context.absolute(item.url) })),
  };
}
