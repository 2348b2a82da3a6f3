import { feedFile } from "../pages/feeds.ts";
import { pageTemplate } from "./page-template.ts";

export const { data, render } = pageTemplate("feed", feedFile);
