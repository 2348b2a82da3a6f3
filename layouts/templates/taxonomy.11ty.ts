import { taxonomyPage } from "../pages/taxonomy.ts";
import { pageTemplate } from "./page-template.ts";

export const { data, render } = pageTemplate("taxonomy", taxonomyPage);
