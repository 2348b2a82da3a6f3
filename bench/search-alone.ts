/**
 * The search index alone, for the benchmark: loads and plans the archive as
 * a build does, then writes its search index (Pagefind) into OUTPUT with
 * nothing rendered beside it, and prints how long the index took after
 * loading. That is the floor of a build with search: the build cannot end
 * before its index, and on two cores it shares them with the pages.
 *
 *   node --import tsx bench/search-alone.ts BUILD-OPTIONS…   (as for `npm run build`)
 */
import { parseBuildOptions } from "../src/cli/options.ts";
import { loadArchiveInParallel } from "../src/model/archive.ts";
import { planSite } from "../src/views/site-views.ts";
import { writeSiteSearch } from "../src/write/search-index.ts";

const options = parseBuildOptions(process.argv.slice(2));
if (options === "help") throw new Error("bench/search-alone.ts takes the build's options");
const started = performance.now();
const plan = planSite(await loadArchiveInParallel(options.content, options));
if (!plan.ok) throw new Error(`the archive has ${plan.errors.length} content errors: run npm run check`);
const loaded = performance.now();
await writeSiteSearch(plan.views.context, options.output, { partSize: options.searchPartSize });
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
console.log(`Search index alone: ${plan.views.context.archive.articles.length.toLocaleString("en")} articles in ${seconds(loaded)} s after loading (loading ${((loaded - started) / 1000).toFixed(1)} s)`);
