// Reading back a graph.json that `panelgraph build` wrote (`export --graph`). Any JSON parses, and graphology imports
// any object without complaint (`{"a":1}` is an empty graph), so the shape is checked first: another file given by
// mistake (package.json, build-status.json) is refused with what was found, instead of exporting an empty graph.
import type { PanelGraph, SerializedPanelGraph } from "../model/graph.js";
import { EVIDENCE_KINDS, NODE_TYPES, RELATION_NAMES } from "../model/vocabulary.js";
import { deserializeGraph } from "./serialize.js";

/** The text given is not a graph.json that `panelgraph build` wrote; the message says where and what was found. */
export class GraphFileError extends Error {
  override readonly name = "GraphFileError";
}

type JsonObject = Record<string, unknown>;

const GRAPH_KEYS = ["options", "attributes", "nodes", "edges"];
const NODE_TYPE_NAMES: readonly string[] = NODE_TYPES;
const RELATIONS: readonly string[] = RELATION_NAMES;
const KINDS: readonly string[] = EVIDENCE_KINDS;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A value as a message shows it: JSON, a long string cut with its closing quote kept, a list or object by its size. */
function seen(value: unknown): string {
  if (value === undefined) return "missing";
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (isObject(value)) return "an object";
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 56)}…"` : json;
}

const quoted = (names: readonly string[]) => names.map((n) => JSON.stringify(n)).join(", ");

function check(ok: boolean, where: string, value: unknown, wanted: string): void {
  if (!ok) throw new GraphFileError(`${where} is ${seen(value)}, not ${wanted}`);
}

const isString = (value: unknown) => typeof value === "string";
const isOffset = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;

function checkStrings(value: unknown, where: string): void {
  check(Array.isArray(value), where, value, "a list of strings");
  (value as unknown[]).forEach((item, i) => check(isString(item), `${where}[${i}]`, item, "a string"));
}

function checkEvidence(value: unknown, where: string): void {
  check(Array.isArray(value), where, value, "a list of passages");
  (value as unknown[]).forEach((passage, i) => {
    const at = `${where}[${i}]`;
    check(isObject(passage), at, passage, "a passage (source, quote, kind, start, end)");
    const p = passage as JsonObject;
    check(isString(p.source), `${at}.source`, p.source, "a source id");
    check(isString(p.quote), `${at}.quote`, p.quote, "a string");
    check(KINDS.includes(p.kind as string), `${at}.kind`, p.kind, `an evidence kind (${KINDS.join(", ")})`);
    check(isOffset(p.start), `${at}.start`, p.start, "an offset");
    check(isOffset(p.end), `${at}.end`, p.end, "an offset");
  });
}

function checkNode(node: unknown, where: string): string {
  check(isObject(node), where, node, "a node (key, attributes)");
  const { key, attributes } = node as JsonObject;
  check(isString(key), `${where}.key`, key, "a node id");
  const at = `${where} (${JSON.stringify(key)}).attributes`;
  check(isObject(attributes), at, attributes, "an object");
  const a = attributes as JsonObject;
  check(NODE_TYPE_NAMES.includes(a.type as string), `${at}.type`, a.type, `a node type (${NODE_TYPES.join(", ")})`);
  check(isString(a.label), `${at}.label`, a.label, "a string");
  checkStrings(a.aliases, `${at}.aliases`);
  if (a.formerIds !== undefined) checkStrings(a.formerIds, `${at}.formerIds`);
  check(Array.isArray(a.facts), `${at}.facts`, a.facts, "a list of facts");
  (a.facts as unknown[]).forEach((fact, i) => {
    check(isObject(fact), `${at}.facts[${i}]`, fact, "a fact (name, value, source, evidence)");
    const f = fact as JsonObject;
    for (const field of ["name", "value", "source"])
      check(isString(f[field]), `${at}.facts[${i}].${field}`, f[field], "a string");
    checkEvidence(f.evidence, `${at}.facts[${i}].evidence`);
  });
  return key as string;
}

function checkEdge(edge: unknown, where: string, nodes: ReadonlySet<string>): void {
  check(isObject(edge), where, edge, "an edge (key, source, target, attributes)");
  const { key, source, target, attributes } = edge as JsonObject;
  const name = isString(key) ? ` (${JSON.stringify(key)})` : "";
  for (const [end, id] of [
    ["source", source],
    ["target", target],
  ] as const) {
    check(isString(id) && nodes.has(id as string), `${where}${name}.${end}`, id, "the id of a node in the file");
  }
  const at = `${where}${name}.attributes`;
  check(isObject(attributes), at, attributes, "an object");
  const a = attributes as JsonObject;
  check(
    RELATIONS.includes(a.relation as string),
    `${at}.relation`,
    a.relation,
    "a relation (affiliated-with, spoke-on, …)",
  );
  checkEvidence(a.evidence, `${at}.evidence`);
  checkStrings(a.sources, `${at}.sources`);
  check(typeof a.weight === "number", `${at}.weight`, a.weight, "a number");
  if (a.periods !== undefined) {
    check(Array.isArray(a.periods), `${at}.periods`, a.periods, "a list of periods");
    (a.periods as unknown[]).forEach((period, i) => {
      check(isObject(period), `${at}.periods[${i}]`, period, "a period (source, since, until)");
      const p = period as JsonObject;
      check(isString(p.source), `${at}.periods[${i}].source`, p.source, "a string");
      for (const field of ["since", "until"])
        if (p[field] !== undefined)
          check(
            isString(p[field]),
            `${at}.periods[${i}].${field}`,
            p[field],
            "a date string (YYYY, YYYY-MM or YYYY-MM-DD)",
          );
    });
  }
  if (a.links !== undefined) {
    check(Array.isArray(a.links), `${at}.links`, a.links, "a list of links");
    (a.links as unknown[]).forEach((link, i) => {
      check(isObject(link), `${at}.links[${i}]`, link, "a link (link, source, evidence)");
      const l = link as JsonObject;
      for (const field of ["link", "source"])
        check(isString(l[field]), `${at}.links[${i}].${field}`, l[field], "a string");
      checkEvidence(l.evidence, `${at}.links[${i}].evidence`);
    });
  }
  if (a.roles === undefined) return;
  check(Array.isArray(a.roles), `${at}.roles`, a.roles, "a list of roles");
  (a.roles as unknown[]).forEach((role, i) => {
    check(isObject(role), `${at}.roles[${i}]`, role, "a role (role, source, evidence)");
    const r = role as JsonObject;
    for (const field of ["role", "source"])
      check(isString(r[field]), `${at}.roles[${i}].${field}`, r[field], "a string");
    for (const field of ["since", "until"])
      if (r[field] !== undefined)
        check(
          isString(r[field]),
          `${at}.roles[${i}].${field}`,
          r[field],
          "a date string (YYYY, YYYY-MM or YYYY-MM-DD)",
        );
    checkEvidence(r.evidence, `${at}.roles[${i}].evidence`);
  });
}

/** Throws GraphFileError unless `data` has the shape of graph.json: every node and edge, and every passage's fields. */
function checkGraphShape(data: unknown): asserts data is SerializedPanelGraph {
  if (!isObject(data)) throw new GraphFileError(`it holds ${seen(data)}, not an object with ${quoted(GRAPH_KEYS)}`);
  const missing = GRAPH_KEYS.filter((key) => !(key in data));
  if (missing.length > 0) {
    const keys = Object.keys(data);
    const shown = keys.length === 0 ? "none" : quoted(keys.slice(0, 6)) + (keys.length > 6 ? ", …" : "");
    const status =
      "summary" in data && "problems" in data
        ? "; it looks like build-status.json, the build's report, not its graph"
        : "";
    throw new GraphFileError(`it has no ${quoted(missing)} (its keys: ${shown})${status}`);
  }
  const { options, attributes, nodes, edges } = data;
  check(isObject(options), "options", options, "an object");
  const o = options as JsonObject;
  check(o.type === "directed", "options.type", o.type, '"directed"');
  check(o.multi === true, "options.multi", o.multi, "true");
  check(isObject(attributes), "attributes", attributes, "an object");
  const a = attributes as JsonObject;
  check(isString(a.name), "attributes.name", a.name, "a string");
  checkStrings(a.sources, "attributes.sources");
  check(Array.isArray(nodes), "nodes", nodes, "a list of nodes");
  check(Array.isArray(edges), "edges", edges, "a list of edges");
  const keys = new Set((nodes as unknown[]).map((node, i) => checkNode(node, `nodes[${i}]`)));
  (edges as unknown[]).forEach((edge, i) => checkEdge(edge, `edges[${i}]`, keys));
}

/**
 * The graph of a graph.json's text. Throws GraphFileError (saying where, and what was found) when the text is not
 * JSON, or not the shape `panelgraph build` writes: another JSON file, or a node, edge or passage the exporters could
 * not read.
 */
export function readGraphFile(json: string): PanelGraph {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new GraphFileError(`it is not JSON (${(error as Error).message})`);
  }
  checkGraphShape(data);
  try {
    return deserializeGraph(data);
  } catch (error) {
    // What the shape does not show, such as a node id given twice: graphology's own message.
    throw new GraphFileError((error as Error).message);
  }
}
