import { archivePage } from "../pages/archive.ts";
import { pageTemplate } from "./page-template.ts";

export const { data, render } = pageTemplate("archive", archivePage);
