import type { ChartLine, ChartText, CoverageChartView } from "../../src/views/coverage-chart.ts";
import { html, type SafeHtml } from "../html.ts";

/**
 * Articles per month: an inline SVG bar chart (an image with a name, no
 * script), then its text alternative: a sentence as the caption, and every month's
 * count in a table that opens on demand (outside the figure, so it is not
 * part of the figure's name). Colours come from CSS (`currentColor`), so
 * the chart follows dark mode; the attributes are a fallback without CSS.
 */
export function coverageChart(chart: CoverageChartView): SafeHtml {
  return html`<div class="coverage" id="${chart.id}">
<figure>
<svg class="coverage-chart" viewBox="${chart.viewBox}" role="img" aria-labelledby="${chart.titleId}">
<title id="${chart.titleId}">${chart.title}</title>
<g class="grid" stroke="currentColor" stroke-opacity="0.3" stroke-dasharray="2 3">${line(chart.peakLine)}</g>
<g class="bars" fill="currentColor">${chart.bars.map(
    (b) => html`<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}"><title>${b.label}</title></rect>`,
  )}</g>
<g class="axis" stroke="currentColor">${line(chart.baseline)}${chart.yearTicks.map(line)}</g>
<g class="labels" font-size="${chart.fontSize}" fill="currentColor">
${texts(chart.valueLabels, "end")}${texts(chart.monthLabels, "middle")}${texts(chart.yearLabels, "start")}</g>
</svg>
<figcaption class="coverage-summary">${chart.summary}</figcaption>
</figure>
<details>
<summary>Counts by month</summary>
<table class="coverage-table">
<caption>${chart.title}</caption>
<thead><tr><th scope="col">Month</th><th scope="col">Articles</th></tr></thead>
<tbody>
${chart.rows.map(
  (row) =>
    html`<tr><th scope="row">${row.href ? html`<a href="${row.href}"><time datetime="${row.datetime}">${row.month}</time></a>` : html`<time datetime="${row.datetime}">${row.month}</time>`}</th><td>${row.countText}</td></tr>\n`,
)}</tbody>
</table>
</details>
</div>`;
}

function line(l: ChartLine): SafeHtml {
  return html`<line x1="${l.x1}" y1="${l.y1}" x2="${l.x2}" y2="${l.y2}"/>`;
}

function texts(labels: readonly ChartText[], anchor: "start" | "middle" | "end"): SafeHtml | "" {
  if (labels.length === 0) return "";
  return html`<g text-anchor="${anchor}">${labels.map((t) => html`<text x="${t.x}" y="${t.y}">${t.text}</text>`)}</g>\n`;
}
