import { createHash } from "node:crypto";
import fs from "node:fs";
import { fileURLToPath } from "node:url";

const STYLESHEET = fileURLToPath(new URL("../../layouts/assets/site.css", import.meta.url));

/** The one stylesheet, served under a name with its content hash. */
export function stylesheetAsset(): { url: string; content: string } {
  const content = fs.readFileSync(STYLESHEET, "utf8");
  const hash = createHash("sha256").update(content).digest("hex").slice(0, 10);
  return { url: `/assets/site.${hash}.css`, content };
}
