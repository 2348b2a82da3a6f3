/**
 * The results block of docs/performance.md, between `<!-- bench:results -->`
 * and `<!-- /bench:results -->`: one table row per article count, newest
 * measurement only, and under the table how each row was measured (the
 * exact command, the day and the commit), so that rows of different days
 * and code can be told apart.
 */
export const RESULTS_START = "<!-- bench:results -->";
export const RESULTS_END = "<!-- /bench:results -->";

const HEADER = [
  "| articles | seed | minimal: wall s / peak MB | Clippings: wall s / CPU s / peak MB (ratio) | without search: wall s / peak MB (ratio) | pages | check s | serve edit ms | search index alone s |",
  "|---|---|---|---|---|---|---|---|---|",
];
/** Cells of a row: one more than the bars between them. */
const COLUMNS = HEADER[1]!.split("|").length - 2;

/** `doc` with this article count's row and its line saying how it was measured replaced (or added), both sorted by article count. */
export function withResult(doc: string, articles: number, row: string, measuredBy: string): string {
  if (!doc.includes(RESULTS_START)) doc += `\n${RESULTS_START}\n${RESULTS_END}\n`;
  const [before, rest] = doc.split(RESULTS_START) as [string, string];
  const [block, after] = rest.split(RESULTS_END) as [string, string];
  const count = articles.toLocaleString("en");
  const lines = block.split("\n");
  const byCount = (a: string, b: string) => articlesOf(a) - articlesOf(b);
  const kept = lines.filter((l) => /^\| [\d,]+ \|/.test(l) && !l.startsWith(`| ${count} |`)).map(withAllColumns);
  const rows = [...kept, row].sort(byCount);
  const how = [...lines.filter((l) => /^- [\d,]+ articles: /.test(l) && !l.startsWith(`- ${count} articles: `)), `- ${count} articles: ${measuredBy}`].sort(byCount);
  return `${before}${RESULTS_START}\n${[...HEADER, ...rows, "", "Measured with:", "", ...how].join("\n")}\n${RESULTS_END}${after}`;
}

/** A row measured before the table had its later columns, "–" in those. */
function withAllColumns(row: string): string {
  const missing = COLUMNS - (row.split("|").length - 2);
  return missing > 0 ? `${row}${" – |".repeat(missing)}` : row;
}

/** The article count a table row or a "measured with" line is about. */
function articlesOf(line: string): number {
  return Number(/^(?:\| |- )([\d,]+)/.exec(line)![1]!.replaceAll(",", ""));
}
