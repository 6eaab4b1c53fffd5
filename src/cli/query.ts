// `panelgraph query <question> …`, `communities`, `stats` and `conflicts`: argument parsing and printing only; the
// answers come from src/query and src/analysis.
import { detectCommunities } from "../analysis/communities.js";
import type { PreviousBuild } from "../analysis/analysed-graph.js";
import { corpusName } from "../export/graph-file.js";
import { builtGraphPath, findGraphs, followFound, freshBuiltGraph, previousOption } from "./previous.js";
import {
  conflictReadings,
  findConflicts,
  findSuccessions,
  type Conflict,
  type ConflictReading,
} from "../analysis/conflicts.js";
import { buildGraph } from "../graph/build.js";
import { isFolder } from "../ingest/files.js";
import { loadValidCorpus } from "../ingest/validate.js";
import { graphStats } from "../analysis/stats.js";
import type { PanelGraph } from "../model/graph.js";
import { nearest } from "../model/nearest.js";
import { NODE_TYPES, RELATION_NAMES, type NodeType, type Relation } from "../model/schema.js";
import { acrossSources } from "../query/across-sources.js";
import { coverage } from "../query/coverage.js";
import { AmbiguousEntityError, EntityLookupError, EntityTypeError, UnknownEntityError } from "../query/errors.js";
import type { EntityMatch, MatchTier } from "../query/match-names.js";
import { neighbours } from "../query/neighbours.js";
import { path } from "../query/path.js";
import { peopleAt } from "../query/people-at.js";
import { peopleByRole, roleWords, type RoleMatch } from "../query/people-by-role.js";
import { recommendationsOn } from "../query/recommendations-on.js";
import { mentionedIn } from "../query/mentioned-in.js";
import { findEntity, matchEntities, type Resolution } from "../query/resolve-entity.js";
import { said } from "../query/said.js";
import { search } from "../query/search.js";
import { sessionAnswer } from "../query/session.js";
import { sessionsOf } from "../query/sessions-of.js";
import { subThemesOf } from "../query/sub-themes.js";
import { themesOf } from "../query/themes-of.js";
import type { EntityRef, TypedEntityRef } from "../query/types.js";
import { whoSpokeOn } from "../query/who-spoke-on.js";
import type { Command } from "./command.js";
import type { CommandContext } from "./context.js";
import { checkCorpusFolder, dataOption, DEFAULT_DATA_DIR, plural, shellWord, shinglerFor } from "./corpus.js";
import { InputError, UsageError } from "./errors.js";
import { MEMBERS_SHOWN, printCommunities, printConflicts, printStats } from "./print-analysis.js";
import {
  printAcrossSources,
  printCoverage,
  printNeighbours,
  printPath,
  printPeopleAt,
  printRecommendationsOn,
  printSaid,
  printSearch,
  printSession,
  printSessionsOf,
  printThemesOf,
  printWhoSpokeOn,
} from "./print-answers.js";
import { table } from "./print-text.js";

const json = (context: CommandContext, value: unknown) => context.out(JSON.stringify(value, null, 2));

/** "a", "a and b", "a, b and c". */
const andList = (items: string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}` : (items[0] ?? "");

type Values = Record<string, string | boolean | undefined>;

const DATA_HELP: [string, string] = ["--data dir", `corpus folder (default: ${DEFAULT_DATA_DIR})`];
const GRAPH_HELP: [string, string] = [
  "--graph file",
  "answer from this graph.json that `build` wrote, not a build made now",
];
const JSON_HELP: [string, string] = ["--json", "print the answer as JSON (stable shape and order)"];
const FRESH_HELP: [string, string] = ["", "  (refused when built from another corpus or older than a file of it)"];

/** Option help lines with the descriptions aligned. */
function optionHelp(options: [string, string][]): string[] {
  const width = Math.max(...options.map(([flag]) => flag.length)) + 2;
  return options.map(([flag, text]) => `${flag.padEnd(width)}${text}`);
}

/**
 * A name that does not pick out one entity: the candidates go to stderr, and the exit code is 1. `given` is the corpus
 * folder as the user wrote it, for the commands the message prints.
 */
function reportLookupError(error: EntityLookupError, err: (line: string) => void, given: string): void {
  err(`panelgraph: ${error.message}`);
  if (error.candidates.length > 0) {
    err(error instanceof AmbiguousEntityError ? "Candidates:" : "Did you mean:");
    table(
      ["", "", ""],
      error.candidates.map((c) => [c.id, c.label, `(${c.type})`]),
    )
      .slice(1)
      .forEach((line) => err(`  ${line}`));
  }
  if (error.mentioned.length > 0) {
    const types = new Set(error.mentioned.map((m) => m.type));
    const kind =
      types.size === 1 ? `${[...types][0] === "person" ? "People" : `${capital([...types][0]!)}s`}` : "Entities";
    const some = nameWordCount(error.query) > 1 ? " (or some of its words)" : "";
    err(`${kind} of the passages that mention ${JSON.stringify(error.query)}${some}:`);
    table(
      ["", "", ""],
      error.mentioned.map((m) => [m.id, m.label, `(${m.type}, ${plural(m.passages, "passage")})`]),
    )
      .slice(1)
      .forEach((line) => err(`  ${line}`));
  }
  let questionFits = false;
  if (error instanceof EntityTypeError) {
    for (const found of error.found) {
      const fitting = QUESTIONS.filter((q) => q.takes?.includes(found.type)).map((q) => `query ${q.name}`);
      if (fitting.length > 0)
        err(`(${andList(fitting)} ${fitting.length > 1 ? "take" : "takes"} ${article(found.type)})`);
      questionFits ||= fitting.length > 0;
    }
  }
  // Not a name at all, perhaps (and no other question asks about what it is): the words as the sources say them.
  if (!(error instanceof AmbiguousEntityError) && !questionFits)
    err(
      `(\`panelgraph query search ${shellWord(error.query)}${dataOption(given)}\` finds the passages and names that ` +
        "have the words)",
    );
}

const nameWordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

const article = (word: string) => `${/^[aeiou]/.test(word) ? "an" : "a"} ${word}`;

/** How a name matched, in words (docs/cli.md, "How names are matched"). */
const TIER_WORDS: Record<MatchTier, string> = {
  id: "id",
  exact: "name",
  "exact-plural": "name, plural/singular",
  word: "whole word",
  prefix: "prefix",
  plural: "plural/singular",
  typo: "typo",
};

/** The match fields a `--json` answer carries besides the question's own: how the name matched and what else did. */
export function matchJson(text: string, found: Resolution & { byRole?: RoleMatch }) {
  if (found.byRole) {
    const byRole = found.byRole;
    // A stated role: its organisation; a role a chaired or panellist-in claim makes: the relation and the session or
    // event it is held `at`.
    const held =
      byRole.relation === "affiliated-with"
        ? { organisation: byRole.organisation }
        : { relation: byRole.relation, at: byRole.at };
    return { match: { text, tier: "role", name: byRole.role, distance: 0, ...held }, alsoMatching: [] };
  }
  const { tier, name, distance } = found.match;
  const aside = found.titlesAside === undefined ? {} : { titlesAside: found.titlesAside };
  return { match: { text, tier, name, distance, ...aside }, alsoMatching: found.alsoMatching };
}

/**
 * Says on stderr how a name that was not an exact id, label or alias was matched, and which other entities it
 * matches; `hint` follows the list (e.g. the flag that answers for all of them).
 */
export function noteMatch(
  text: string,
  found: Resolution,
  err: (line: string) => void,
  hint?: string,
  wanted: readonly NodeType[] = [],
): void {
  const { match, alsoMatching, tied, others } = found;
  const answer = `${match.label} [${match.id}]`;
  if (found.titlesAside !== undefined) {
    err(
      `panelgraph: ${JSON.stringify(text)} is taken as ${answer} (title set aside; ` +
        `${JSON.stringify(found.titlesAside)} is ${exactly(match.tier) ? (match.name === match.label ? "the name" : "an alias") : `a ${TIER_WORDS[match.tier]} match of ${JSON.stringify(match.name)}`})`,
    );
  } else if (tied > 0) {
    // The tied matches come first in alsoMatching; name their type when they share one.
    const types = new Set([match.type, ...alsoMatching.slice(0, tied).map((m) => m.type)]);
    const one = wanted.length === 1 || (types.size === 1 && tied <= alsoMatching.length);
    const kind = !one ? "entities" : match.type === "person" ? "people" : `${match.type}s`;
    err(
      `panelgraph: ${JSON.stringify(text)} matches ${tied + 1} ${kind} ` +
        `equally (${TIER_WORDS[match.tier]}); answering for ${answer}, ` +
        "the first by label before alias, fewer words, more connections, id",
    );
  } else if (match.tier === "typo") {
    err(
      `panelgraph: no name is ${JSON.stringify(text)}; answering for the nearest, ${answer} ` +
        `(${JSON.stringify(match.name)}, ${plural(match.distance, "letter")} off)`,
    );
  } else if (match.tier !== "id" && match.tier !== "exact") {
    err(
      `panelgraph: ${JSON.stringify(text)} is taken as ${answer} (${TIER_WORDS[match.tier]} of ${JSON.stringify(match.name)})`,
    );
  }
  if (alsoMatching.length === 0) return;
  err("Also matching:");
  table(
    ["", "", ""],
    alsoMatching.map((m) => [m.id, m.label, `(${m.type}, ${TIER_WORDS[m.tier]})`]),
  )
    .slice(1)
    .forEach((line) => err(`  ${line}`));
  if (others > alsoMatching.length) err(`  … and ${others - alsoMatching.length} more`);
  if (hint) err(hint);
}

/** Finds the entity a name stands for; unless --json, says how it matched (noteMatch). */
function find(
  graph: PanelGraph,
  text: string,
  types: NodeType[],
  values: Values,
  context: CommandContext,
  hint?: string,
): Resolution & { byRole?: RoleMatch } {
  let found: Resolution | undefined;
  let unknown: UnknownEntityError | EntityTypeError | undefined;
  try {
    found = findEntity(graph, text, { types, mentioned: 3, mentionedIn });
  } catch (error) {
    if (!(error instanceof UnknownEntityError || error instanceof EntityTypeError)) throw error;
    unknown = error;
  }
  // A question about a person, asked by no one's name (or only a loose match of one): the role a source gives them.
  // It answers before an entity of another type whose name merely begins with the words ("the Mayor" for a
  // recommendation "The Mayor must publish …"), not before one that has the name exactly (that one was meant).
  const person = types.length === 1 && types[0] === "person";
  if (person && (!found || !NAMED_TIERS.has(found.match.tier)) && !namesAnotherTypeExactly(graph, text, types)) {
    const byRole = peopleByRole(graph, text);
    if (byRole.length > 1) {
      throw new AmbiguousEntityError(
        `${JSON.stringify(text)} is no one's name but the role of ${byRole.length} people ` +
          `(${byRole.map((r) => `${r.person.label}: ${roleWords(r)}`).join("; ")}); give the id of the one you mean`,
        text,
        byRole.map((r) => r.person),
      );
    }
    const [one] = byRole;
    if (one) {
      if (!values.json) {
        context.err(
          `panelgraph: ${JSON.stringify(text)} is no one's name; answering for ${one.person.label} [${one.person.id}] ` +
            `by role: ${roleWords(one)}` +
            (found ? ` (the name it nearly matches, ${found.match.label} [${found.match.id}], is not answered)` : ""),
        );
      }
      const match: EntityMatch = { ...one.person, tier: "exact", name: one.role, distance: 0 };
      return { entity: one.person, match, alsoMatching: [], tied: 0, others: 0, byRole: one };
    }
  }
  if (!found) throw unknown!;
  if (!values.json) noteMatch(text, found, context.err, hint, types);
  return found;
}

const exactly = (tier: MatchTier) => tier === "exact" || tier === "exact-plural";

/** Whether `text` is the id, label or alias of an entity of none of `types`. */
function namesAnotherTypeExactly(graph: PanelGraph, text: string, types: readonly NodeType[]): boolean {
  return matchEntities(graph, text, types).otherTypes.some((m) => m.tier === "id" || exactly(m.tier));
}

/** Name matches that answer before a role does: the name itself, or every word of it. */
const NAMED_TIERS: ReadonlySet<MatchTier> = new Set(["id", "exact", "exact-plural", "word"]);

/**
 * Runs a question; a name that picks out no entity (or several) is an InputError (exit code 1) with the candidates. `given`
 * is the corpus folder as the user wrote it (default graph-data); `graphFile` the graph.json read instead of it, if any.
 * A name no entity has says what was read, so a user who left out --data sees that the demo corpus answered.
 */
export function answering(run: () => number, given = DEFAULT_DATA_DIR, graphFile?: string): number {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof EntityLookupError)) throw error;
    if (error instanceof UnknownEntityError)
      error.message += ` in ${graphFile ?? (given.endsWith("/") ? given : `${given}/`)}`;
    // Said on stderr as before; with --json, stdout gets the candidates too (main.ts, errorJson).
    const lines: string[] = [];
    reportLookupError(error, (line) => lines.push(line), given);
    const { query, candidates, mentioned } = error;
    throw new InputError(error.message, lines, { query, candidates, mentioned });
  }
}

/** The corpus folder of --data (default graph-data), for the file system. */
function dataDirOf(values: Values, context: CommandContext): string {
  return context.path(typeof values.data === "string" ? values.data : DEFAULT_DATA_DIR);
}

function graphFrom(values: Values, context: CommandContext): PanelGraph {
  const given = typeof values.data === "string" ? values.data : DEFAULT_DATA_DIR;
  checkCorpusFolder(given, context);
  const dir = dataDirOf(values, context);
  // `query --graph build/graph.json`: the graph build wrote, when it is this corpus's and newer than its files.
  if (typeof values.graph === "string") {
    if (!isFolder(dir)) throw new InputError(`no corpus folder at ${given} (give the folder that holds registry.yaml)`);
    return freshBuiltGraph(values.graph, dir, given, context);
  }
  return buildGraph(loadValidCorpus(dir, { shingler: shinglerFor(dir, context.cwd), dataOption: dataOption(given) }));
}

export function positiveInteger(values: Values, name: string, fallback: number): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--${name} must be a whole number of 1 or more, got ${JSON.stringify(raw)}`);
  return n;
}

/** `--type person,theme` or `--relation spoke-on`: checked against the schema, with a suggestion when misspelled. */
function oneOf<T extends string>(values: Values, name: string, allowed: readonly T[], kind = name): T[] {
  const raw = values[name];
  if (typeof raw !== "string") return [];
  return raw
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean)
    .map((v) => {
      if ((allowed as readonly string[]).includes(v)) return v as T;
      const close = nearest(v, allowed, 1);
      throw new UsageError(
        `--${name} ${JSON.stringify(v)} is not a ${kind}${close.length ? ` (did you mean ${close[0]}?)` : ""}; ` +
          `one or more of: ${allowed.join(", ")}`,
      );
    });
}

// ---------------------------------------------------------------------------------------------------------------------
// `query` and its questions, described as data

interface Question {
  name: string;
  args: string;
  summary: string;
  /** The options it takes besides --json and --data. */
  options: string[];
  /** The type of entity it asks about, for hints when a name of another type is given. */
  takes?: NodeType[];
  run(graph: PanelGraph, args: string[], values: Values, context: CommandContext): number;
}

/** The rest of the command line as one name, so `who-spoke-on health inequalities` needs no quotes. */
function oneName(question: Question, args: string[]): string {
  const name = args.join(" ").trim();
  if (!name) throw new UsageError(`query ${question.name} needs ${question.args}`, questionUsage(question));
  return name;
}

const refs = (graph: PanelGraph, ids: string[]): EntityRef[] =>
  ids.map((id) => ({ id, label: graph.getNodeAttribute(id, "label") }));

const QUESTIONS: Question[] = [
  {
    name: "who-spoke-on",
    args: "<theme>",
    summary: "people who spoke on a theme or its sub-themes, strongest evidence first",
    options: ["all", "all-matching"],
    takes: ["theme"],
    run(graph, args, values, context) {
      const text = oneName(this, args);
      if (values["all-matching"]) return whoSpokeOnAll(graph, text, values, context);
      const found = find(graph, text, ["theme"], values, context, "(--all-matching answers for all of them together)");
      const result = whoSpokeOn(graph, found.entity.id);
      if (values.json) json(context, { ...result, ...matchJson(text, found) });
      else
        printWhoSpokeOn(graph, result, refs(graph, subThemesOf(graph, result.theme.id)), context.out, {
          all: !!values.all,
        });
      return 0;
    },
  },
  {
    name: "themes-of",
    args: "<person>",
    summary: "the themes a person spoke on, with the passages",
    options: ["all"],
    takes: ["person"],
    run(graph, args, values, context) {
      const text = oneName(this, args);
      const found = find(graph, text, ["person"], values, context);
      const result = themesOf(graph, found.entity.id);
      if (values.json) json(context, { ...result, ...matchJson(text, found) });
      else printThemesOf(graph, result, context.out, { all: !!values.all });
      return 0;
    },
  },
  {
    name: "said",
    args: "<person>",
    summary: "every passage of a person's own words, in date order, with the claims each backs",
    options: ["all"],
    takes: ["person"],
    run(graph, args, values, context) {
      const text = oneName(this, args);
      const found = find(graph, text, ["person"], values, context);
      const result = said(graph, found.entity.id);
      if (values.json) json(context, { ...result, ...matchJson(text, found) });
      else printSaid(graph, result, context.out, { all: !!values.all });
      return 0;
    },
  },
  {
    name: "sessions-of",
    args: "<person>",
    summary: "the sessions a person sat in, as panellist or chair, with the titles each session's sources give",
    options: ["all"],
    takes: ["person"],
    run(graph, args, values, context) {
      const text = oneName(this, args);
      const found = find(graph, text, ["person"], values, context);
      const result = sessionsOf(graph, found.entity.id);
      if (values.json) json(context, { ...result, ...matchJson(text, found) });
      else printSessionsOf(graph, result, context.out, { all: !!values.all });
      return 0;
    },
  },
  {
    name: "session",
    args: "<session>",
    summary: "what a session discussed, from the sources that report it: event, chair, panel, themes, recommendations",
    options: ["all"],
    takes: ["session"],
    run(graph, args, values, context) {
      const text = oneName(this, args);
      const found = find(graph, text, ["session"], values, context);
      const result = sessionAnswer(graph, found.entity.id);
      if (values.json) json(context, { ...result, ...matchJson(text, found) });
      else printSession(graph, result, context.out, { all: !!values.all });
      return 0;
    },
  },
  {
    name: "neighbours",
    args: "<entity>",
    summary: "entities one edge away, with relation, direction and evidence",
    options: ["type", "relation", "all"],
    run(graph, args, values, context) {
      const options = {
        types: oneOf<NodeType>(values, "type", NODE_TYPES),
        relations: oneOf<Relation>(values, "relation", RELATION_NAMES),
      };
      const text = oneName(this, args);
      const found = find(graph, text, [], values, context);
      const result = neighbours(graph, found.entity.id, options);
      if (values.json) json(context, { ...result, ...matchJson(text, found) });
      else printNeighbours(graph, result, context.out, { all: !!values.all });
      return 0;
    },
  },
  {
    name: "people-at",
    args: "<organisation>",
    summary: "who is at an organisation: each person with the role held now, every role the sources give and when",
    options: ["all"],
    takes: ["organisation"],
    run(graph, args, values, context) {
      const text = oneName(this, args);
      const found = find(graph, text, ["organisation"], values, context);
      const result = peopleAt(graph, found.entity.id);
      if (values.json) json(context, { ...result, ...matchJson(text, found) });
      else printPeopleAt(graph, result, context.out, { all: !!values.all });
      return 0;
    },
  },
  {
    name: "across-sources",
    args: "",
    summary: "the people (or --type entities) more than one source names, with each source's passages",
    options: ["type", "all"],
    run(graph, args, values, context) {
      if (args.length > 0) throw new UsageError("query across-sources takes no names", questionUsage(this));
      const result = acrossSources(graph, oneOf<NodeType>(values, "type", NODE_TYPES));
      if (values.json) json(context, result);
      else printAcrossSources(result, context.out);
      return 0;
    },
  },
  {
    name: "path",
    args: "<a> <b>",
    summary: "the shortest evidence-backed connection between two entities, hop by hop",
    options: ["without", "all"],
    run(graph, args, values, context) {
      if (args.length !== 2) {
        throw new UsageError(
          `query path needs two names, got ${args.length}; quote names with spaces: ` +
            `panelgraph query path "Jeffrey Matsu" "Geoff Little"`,
          questionUsage(this),
        );
      }
      const [a, b] = [args[0]!, args[1]!];
      const from = find(graph, a, [], values, context);
      const to = find(graph, b, [], values, context);
      const without = oneOf<Relation>(values, "without", RELATION_NAMES, "relation");
      const result = path(graph, from.entity.id, to.entity.id, { without });
      if (values.json) {
        const [ma, mb] = [matchJson(a, from), matchJson(b, to)];
        json(context, {
          ...result,
          match: { from: ma.match, to: mb.match },
          alsoMatching: { from: ma.alsoMatching, to: mb.alsoMatching },
        });
      } else printPath(graph, result, context.out, { all: !!values.all });
      return 0;
    },
  },
  {
    name: "recommendations-on",
    args: "<theme>",
    summary: "recommendations addressing a theme or its sub-themes, with text and sources",
    options: ["all"],
    takes: ["theme"],
    run(graph, args, values, context) {
      const text = oneName(this, args);
      const found = find(graph, text, ["theme"], values, context);
      const result = recommendationsOn(graph, found.entity.id);
      if (values.json) json(context, { ...result, ...matchJson(text, found) });
      else
        printRecommendationsOn(graph, result, refs(graph, subThemesOf(graph, result.theme.id)), context.out, {
          all: !!values.all,
        });
      return 0;
    },
  },
  {
    name: "coverage",
    args: "",
    summary:
      "each recommendation's supporting testimony (flagging thin support), and themes no recommendation addresses",
    options: ["all"],
    run(graph, args, values, context) {
      if (args.length > 0) throw new UsageError("query coverage takes no names", questionUsage(this));
      const result = coverage(graph);
      if (values.json) json(context, result);
      else printCoverage(graph, result, context.out, { all: !!values.all });
      return 0;
    },
  },
  {
    name: "search",
    args: "<text>",
    summary: "full-text search over labels, aliases and evidence passages",
    options: ["limit", "all"],
    run(graph, args, values, context) {
      const result = search(graph, oneName(this, args), { limit: positiveInteger(values, "limit", 20) });
      if (values.json) json(context, result);
      else printSearch(graph, result, context.out);
      return 0;
    },
  },
];

/**
 * `who-spoke-on <text> --all-matching`: the people who spoke on any theme the text matches (at the best tiers: typo
 * matches only when nothing matches better), as one ranked list; two themes sharing a name exactly are not an error.
 */
function whoSpokeOnAll(graph: PanelGraph, text: string, values: Values, context: CommandContext): number {
  // Nothing matching, or a name of another type: the usual lookup errors. A name two themes share is not one here.
  try {
    findEntity(graph, text, { types: ["theme"], mentioned: 3, mentionedIn });
  } catch (error) {
    if (!(error instanceof AmbiguousEntityError)) throw error;
  }
  const { matches } = matchEntities(graph, text, ["theme"]);
  const best = matches[0];
  const themes = matches.filter((m) => best!.tier === "typo" || m.tier !== "typo");
  const result = whoSpokeOn(graph, best!.id, { alsoThemes: themes.slice(1).map((m) => m.id) });
  const union: TypedEntityRef[] = themes.map(({ id, label, type }) => ({ id, label, type }));
  if (values.json) {
    const { tier, name, distance } = best!;
    json(context, { ...result, match: { text, tier, name, distance }, alsoMatching: themes.slice(1), unionOf: union });
  } else {
    printWhoSpokeOn(graph, result, [], context.out, { all: !!values.all }, union);
  }
  return 0;
}

const OPTION_HELP: Record<string, [string, string]> = {
  type: ["--type T", "neighbours, across-sources: only these node types (comma-separated), e.g. person,organisation"],
  relation: ["--relation R", "neighbours: only these relations (comma-separated), e.g. spoke-on"],
  without: ["--without R", "path: leave out these relations (comma-separated), e.g. mentions"],
  all: [
    "--all",
    "print every passage, not only the strongest of each row (search, across-sources: they print all anyway)",
  ],
  "all-matching": ["--all-matching", "who-spoke-on: the people who spoke on any theme the name matches, together"],
  limit: ["--limit n", "search: at most n results (default: 20)"],
};

function questionLine(question: Question): string {
  const options = question.options.map((o) => `[${OPTION_HELP[o]![0]}]`);
  return ["panelgraph query", question.name, question.args, ...options, "[--json]", "[--data dir]", "[--graph file]"]
    .filter(Boolean)
    .join(" ");
}

function questionUsage(question: Question): string {
  return `Usage: ${questionLine(question)}`;
}

const width = Math.max(...QUESTIONS.map((q) => `${q.name} ${q.args}`.length)) + 2;

const queryCommand: Command = {
  name: "query",
  summary:
    "ask the graph: who-spoke-on, themes-of, said, sessions-of, session, neighbours, people-at, across-sources, path, " +
    "recommendations-on, " +
    "coverage, search",
  usage:
    "panelgraph query <question> [names…] [--json] [--data dir] [--graph file] [--all] [--all-matching] [--type T] " +
    "[--relation R] [--without R] [--limit n]",
  options: {
    json: { type: "boolean" },
    data: { type: "string" },
    graph: { type: "string" },
    all: { type: "boolean" },
    "all-matching": { type: "boolean" },
    type: { type: "string" },
    relation: { type: "string" },
    without: { type: "string" },
    limit: { type: "string" },
  },
  help: [
    "Questions:",
    ...QUESTIONS.map((q) => `  ${`${q.name} ${q.args}`.padEnd(width)}${q.summary}`),
    "",
    "A name is an id, a label or an alias, in any case; `delegated powers` finds the theme it is an alias of. Failing",
    "that, a name is matched as a whole name plural or singular, then by whole words, then as the start of words,",
    "then plural or singular, then with a typo or two; the best match answers, and stderr names the others",
    '(docs/cli.md, "How names are matched").',
    "",
    ...optionHelp([JSON_HELP, DATA_HELP, GRAPH_HELP, FRESH_HELP, ...Object.values(OPTION_HELP)]),
  ],
  run({ positionals, values }, context) {
    const [name, ...args] = positionals;
    const names = QUESTIONS.map((q) => q.name);
    if (name === undefined) {
      throw new UsageError(
        `query needs a question: ${names.join(", ")}`,
        ["Usage:", ...QUESTIONS.map((q) => `  ${questionLine(q)}`)].join("\n"),
      );
    }
    const question = QUESTIONS.find((q) => q.name === name);
    if (!question) {
      const close = nearest(name, names, 1);
      throw new UsageError(
        `unknown question ${JSON.stringify(name)}${close.length ? ` (did you mean ${close[0]}?)` : ""}; ` +
          `one of: ${names.join(", ")}`,
      );
    }
    const misplaced = Object.keys(OPTION_HELP).filter((o) => values[o] !== undefined && !question.options.includes(o));
    if (misplaced.length > 0) {
      throw new UsageError(`query ${name} does not take --${misplaced.join(", --")}`, questionUsage(question));
    }
    const graph = graphFrom(values, context);
    const given = typeof values.data === "string" ? values.data : DEFAULT_DATA_DIR;
    const graphFile = typeof values.graph === "string" ? values.graph : undefined;
    return answering(() => question.run(graph, args, values, context), given, graphFile);
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// Whole-graph analyses

function noPositionals(command: string, positionals: string[]): void {
  if (positionals.length > 0) {
    throw new UsageError(
      `${command} takes no positional arguments (got ${positionals.map((p) => JSON.stringify(p)).join(" ")}); ` +
        "give the corpus folder with --data dir",
    );
  }
}

const communitiesCommand: Command = {
  name: "communities",
  summary: "Louvain communities of people, themes and organisations, with labels and a stability check",
  usage:
    "panelgraph communities [--resolution r] [--seed s] [--previous file] [--all] [--json] [--data dir] [--graph file]",
  options: {
    previous: { type: "string" },
    all: { type: "boolean" },
    json: { type: "boolean" },
    data: { type: "string" },
    graph: { type: "string" },
    resolution: { type: "string" },
    seed: { type: "string" },
  },
  help: optionHelp([
    ["--resolution r", "above 1: more, smaller communities; below 1: fewer, larger ones (default: 1)"],
    ["--seed s", "seed of the random generator; the same seed gives the same communities (default: 1)"],
    ["--previous f", "number communities as in this graph.json or GEXF file (default: as build/graph.json when"],
    ["", "  `build` wrote it from this corpus, as the viewer and exports do; else by size)"],
    [
      "--all",
      `name every member (default: ${MEMBERS_SHOWN} a list, most central or least settled first, and how many more)`,
    ],
    JSON_HELP,
    DATA_HELP,
    GRAPH_HELP,
    FRESH_HELP,
  ]),
  async run({ positionals, values }, context) {
    noPositionals("communities", positionals);
    const resolution = values.resolution === undefined ? 1 : Number(values.resolution);
    if (!Number.isFinite(resolution) || resolution <= 0) {
      throw new UsageError(`--resolution must be a number above 0, got ${JSON.stringify(values.resolution)}`);
    }
    const seed = values.seed === undefined ? 1 : Number(values.seed);
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new UsageError(`--seed must be a whole number from 0 to 4294967295, got ${JSON.stringify(values.seed)}`);
    }
    const graph = graphFrom(values, context);
    let previous: PreviousBuild | undefined;
    if (typeof values.previous === "string") previous = await previousOption(values.previous, context);
    else {
      // Numbered as the viewer and exports number them: as build/graph.json (or the --graph answered from), when it is
      // this corpus's (build's rule).
      const built = typeof values.graph === "string" ? context.path(values.graph) : builtGraphPath(context);
      const found = await findGraphs([{ path: built }], context);
      const chosen = followFound(found, graph.nodes(), corpusName(dataDirOf(values, context)), "communities");
      if ("previous" in chosen) previous = chosen.previous;
      else if (chosen.note) context.err(chosen.note);
    }
    const result = detectCommunities(graph, {
      resolution,
      seed,
      ...(previous ? { previous: previous.communities } : {}),
    });
    if (values.json) json(context, result);
    else printCommunities(result, context.out, { all: !!values.all });
    return 0;
  },
};

const statsCommand: Command = {
  name: "stats",
  summary: "counts by type, degree and betweenness top lists, most connected people and themes, shared themes",
  usage: "panelgraph stats [--top n] [--json] [--data dir] [--graph file]",
  options: { json: { type: "boolean" }, data: { type: "string" }, graph: { type: "string" }, top: { type: "string" } },
  help: optionHelp([
    ["--top n", "length of each top list (default: 10)"],
    JSON_HELP,
    DATA_HELP,
    GRAPH_HELP,
    FRESH_HELP,
  ]),
  run({ positionals, values }, context) {
    noPositionals("stats", positionals);
    const result = graphStats(graphFrom(values, context), { top: positiveInteger(values, "top", 10) });
    if (values.json) json(context, result);
    else printStats(result, context.out);
    return 0;
  },
};

const conflictsCommand: Command = {
  name: "conflicts",
  summary: "facts on which sources disagree (a role, a date), with each value and its source",
  usage: "panelgraph conflicts [--json] [--data dir] [--graph file]",
  options: { json: { type: "boolean" }, data: { type: "string" }, graph: { type: "string" } },
  help: optionHelp([JSON_HELP, DATA_HELP, GRAPH_HELP, FRESH_HELP]),
  run({ positionals, values }, context) {
    noPositionals("conflicts", positionals);
    const graph = graphFrom(values, context);
    const conflicts = findConflicts(graph);
    const successions = findSuccessions(graph);
    if (values.json) json(context, { conflicts: conflicts.map(withReadings), successions });
    else printConflicts(graph, conflicts, context.out, successions);
    return 0;
  },
};

/**
 * A conflict for --json (conflicts, build): its `values` one per source as before, and `readings`, the values grouped
 * as the text output groups them (the same after normalising case and spacing: "director" and "Director" are one).
 */
export function withReadings(conflict: Conflict): Conflict & { readings: ConflictReading[] } {
  return { ...conflict, readings: conflictReadings(conflict) };
}

export const QUERY_COMMANDS: Command[] = [queryCommand, communitiesCommand, statsCommand, conflictsCommand];
