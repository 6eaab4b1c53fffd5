// Every export format, described as data, so the CLI lists and checks formats without special cases.
import { csvExporter } from "./csv.js";
import { gexfExporter } from "./gexf.js";
import { graphmlExporter } from "./graphml.js";
import { jsonExporter } from "./json.js";
import { neo4jExporter } from "./neo4j.js";
import { turtleExporter } from "./turtle.js";
import type { Exporter } from "./types.js";

export const EXPORTERS: Exporter[] = [
  gexfExporter,
  graphmlExporter,
  jsonExporter,
  csvExporter,
  turtleExporter,
  neo4jExporter,
];

export function exporterFor(format: string): Exporter | undefined {
  return EXPORTERS.find((e) => e.format === format);
}
