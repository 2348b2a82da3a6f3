import { entityPage } from "../pages/entity.ts";
import { pageTemplate } from "./page-template.ts";

export const { data, render } = pageTemplate("entity", entityPage);
