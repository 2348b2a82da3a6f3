import { createHash } from "node:crypto";
import fs from "node:fs";
import { fileURLToPath } from "node:url";

const asset = (name: string) => fileURLToPath(new URL(`../../layouts/assets/${name}`, import.meta.url));

/** The one stylesheet, served under a name with its content hash. */
export function stylesheetAsset(): { url: string; content: string } {
  const content = fs.readFileSync(asset("site.css"), "utf8");
  const hash = createHash("sha256").update(content).digest("hex").slice(0, 10);
  return { url: `/assets/site.${hash}.css`, content };
}

/** The site icon, at the URL browsers ask for when a page names none. */
export function faviconAsset(): { url: string; content: string } {
  return { url: "/favicon.svg", content: fs.readFileSync(asset("favicon.svg"), "utf8") };
}
