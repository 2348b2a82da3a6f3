import { expect, test } from "vitest";
import { RESULTS_END, RESULTS_START, withResult } from "../../bench/results-doc.ts";

const row = (n: string, wall: string) => `| ${n} | 1 | 1.0 / 100 | ${wall} / 2.0 / 300 (2.00x) | 1.5 / 200 (1.50x) | 10 | 0.5 | – | 1.2 |`;

test("a first result adds the block: the table, then how the row was measured", () => {
  const doc = withResult("# Performance\n", 1000, row("1,000", "2.0"), "`npm run bench -- --articles 1000`, 2026-11-27, commit abc1234");
  const block = doc.slice(doc.indexOf(RESULTS_START), doc.indexOf(RESULTS_END));
  expect(doc.startsWith("# Performance\n")).toBe(true);
  expect(block).toContain(row("1,000", "2.0"));
  expect(block).toContain("- 1,000 articles: `npm run bench -- --articles 1000`, 2026-11-27, commit abc1234");
});

test("a result replaces its own article count's row and line, keeps the others in order, and nothing outside the block changes", () => {
  let doc = `# Performance\n\nbefore\n\n${RESULTS_START}\n${RESULTS_END}\n\nafter\n`;
  doc = withResult(doc, 50000, row("50,000", "9.0"), "fifty");
  doc = withResult(doc, 1000, row("1,000", "2.0"), "one");
  doc = withResult(doc, 10000, row("10,000", "5.0"), "ten, first");
  doc = withResult(doc, 10000, row("10,000", "4.0"), "ten, again");
  const rows = doc.split("\n").filter((l) => /^\| [\d,]+ \|/.test(l));
  expect(rows).toEqual([row("1,000", "2.0"), row("10,000", "4.0"), row("50,000", "9.0")]);
  expect(doc.split("\n").filter((l) => l.startsWith("- "))).toEqual(["- 1,000 articles: one", "- 10,000 articles: ten, again", "- 50,000 articles: fifty"]);
  expect(doc.startsWith("# Performance\n\nbefore\n\n")).toBe(true);
  expect(doc.endsWith(`${RESULTS_END}\n\nafter\n`)).toBe(true);
  expect(doc.split(RESULTS_START)).toHaveLength(2);
});

test("a row measured before the table had its last column gets a dash there; the header has as many columns as the rows", () => {
  const older = "| 50,000 | 1 | 15.1 / 469 | 104.2 / 192.7 / 3436 (6.90x) | 60.3 / 1662 (3.99x) | 102,797 | 10.5 | – |";
  const doc = withResult(`${RESULTS_START}\n${older}\n${RESULTS_END}\n`, 1000, row("1,000", "2.0"), "one");
  const lines = doc.split("\n");
  expect(lines).toContain(`${older} – |`);
  const cells = (line: string) => line.split("|").length;
  const header = lines.find((l) => l.startsWith("| articles |"))!;
  for (const line of lines.filter((l) => /^\| [\d,]+ \|/.test(l))) expect(cells(line)).toBe(cells(header));
});
