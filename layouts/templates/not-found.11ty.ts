import { notFoundPage } from "../pages/not-found.ts";
import { pageTemplate } from "./page-template.ts";

export const { data, render } = pageTemplate("notFound", notFoundPage);
