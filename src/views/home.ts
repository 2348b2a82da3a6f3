import { newestChange } from "../model/queries.ts";
import { articleTeaser } from "./article-views.ts";
import { pageKind, type PageRef } from "./page-kind.ts";
import { pageCount, pageItems, pageUrl, paginationView } from "./paginate.ts";
import type { ListingPageView } from "./types.ts";

export interface HomeRef extends PageRef {
  page: number;
  total: number;
}

/** The home page and its later pages: the newest articles. */
export const homeKind = pageKind<HomeRef, ListingPageView>({
  list({ archive, site }) {
    const total = pageCount(archive.articles.length, site.pageSize);
    return Array.from({ length: total }, (_, i) => ({ url: pageUrl("/", i + 1), page: i + 1, total }));
  },
  lastModified: (ref, { archive, site }) => newestChange(pageItems(archive.articles, ref.page, site.pageSize)),
  dependsOn: (ref, { archive, site }) => ({ articles: pageItems(archive.articles, ref.page, site.pageSize) }),
  view(ref, context) {
    const { site, archive } = context;
    const pagination = paginationView("/", ref.page, ref.total);
    return {
      chrome: context.chrome({ url: ref.url, section: "home", ...(ref.page === 1 ? {} : { title: `Latest articles, page ${ref.page}` }) }),
      heading: ref.page === 1 ? "Latest articles" : `Latest articles, page ${ref.page} of ${ref.total}`,
      ...(ref.page === 1 && site.description ? { intro: site.description } : {}),
      articles: pageItems(archive.articles, ref.page, site.pageSize).map(articleTeaser),
      ...(pagination ? { pagination } : {}),
    };
  },
});
