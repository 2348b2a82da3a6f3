/**
 * Pagination: page 1 at the base URL, page n at `<base>page/n/` (never
 * `/page/1/`), and the short run of links a listing shows.
 */
export function pageUrl(base: string, page: number): string {
  return page === 1 ? base : `${base}page/${page}/`;
}

export function pageCount(items: number, pageSize: number): number {
  return Math.max(1, Math.ceil(items / pageSize));
}

/** The items of page `page` (1-based). */
export function pageItems<T>(items: readonly T[], page: number, pageSize: number): T[] {
  return items.slice((page - 1) * pageSize, page * pageSize);
}

export type PaginationLink = { kind: "page"; number: number; href: string; current: boolean } | { kind: "gap" };

export interface PaginationView {
  current: number;
  total: number;
  previous?: string;
  next?: string;
  links: PaginationLink[];
}

/** First, last and two either side of the current page, with gaps between. */
export function paginationView(base: string, current: number, total: number): PaginationView | undefined {
  if (total <= 1) return undefined;
  const shown = new Set([1, total]);
  for (let n = current - 2; n <= current + 2; n++) if (n >= 1 && n <= total) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const links: PaginationLink[] = [];
  numbers.forEach((n, i) => {
    if (i > 0 && n - numbers[i - 1]! > 1) links.push({ kind: "gap" });
    links.push({ kind: "page", number: n, href: pageUrl(base, n), current: n === current });
  });
  return {
    current,
    total,
    ...(current > 1 ? { previous: pageUrl(base, current - 1) } : {}),
    ...(current < total ? { next: pageUrl(base, current + 1) } : {}),
    links,
  };
}
