// Writes a draft as an annotation file in the hand-written style of graph-data/annotations, with a header that says
// how to review it. Same draft, same bytes.
import { droppedRightInTen, proposalLabel } from "./recommendations.js";
import { slugify } from "./text.js";
import type { Draft, DraftClaim, DraftEntity, HeldProposal } from "./suggest.js";

const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} ,.()’'&/+-]*$/u;
const RESERVED = /^(?:y|yes|n|no|true|false|on|off|null|~)$/iu;

/** A YAML scalar: plain where that reads the same, else double-quoted (JSON strings are valid YAML). */
function scalar(value: string): string {
  const plain = PLAIN.test(value) && !RESERVED.test(value) && !/[.\s]$/u.test(value) && !/^\d+([.-]\d+)*$/u.test(value);
  return plain ? value : JSON.stringify(value);
}

function list(values: string[]): string {
  return `[${values.map(scalar).join(", ")}]`;
}

function entityLines(entity: DraftEntity): string[] {
  const lines = [`    - id: ${entity.id}`, `      label: ${scalar(entity.label)}`];
  if (entity.aliases.length) lines.push(`      aliases: ${list(entity.aliases)}`);
  if (entity.kind !== undefined) lines.push(`      kind: ${entity.kind}`);
  if (entity.text !== undefined) lines.push(`      text: ${scalar(entity.text)}`);
  if (entity.description !== undefined) lines.push(`      description: ${scalar(entity.description)}`);
  lines.push(`      status: suggested${entity.comment ? ` # ${entity.comment}` : ""}`);
  return lines;
}

/** What the claim's comment says: its remark, and the kind of a proposal only listed by default that it rests on. */
function claimComment(claim: DraftClaim): string | undefined {
  const listed = claim.evidence.filter((e) => e.listedKind !== undefined);
  if (listed.length === 0) return claim.comment;
  const kinds = [...new Set(listed.map((e) => e.listedKind!))].join("; ");
  const some =
    listed.length < claim.evidence.length ? ` (${listed.length} of its ${claim.evidence.length} passages)` : "";
  return [claim.comment, `${LISTED_MARK}${some}: ${kinds}`].filter((x) => x !== undefined).join("; ");
}

/** The words that mark, with --every-proposal, a claim on a proposal of a kind only listed by default. */
export const LISTED_MARK = "not drafted by default";

function claimLines(claim: DraftClaim): string[] {
  const comment = claimComment(claim);
  const lines = [
    `  - relation: ${claim.relation}`,
    `    status: suggested${comment ? ` # ${comment}` : ""}`,
    `    from: ${claim.from}`,
    `    to: ${claim.to}`,
  ];
  if (claim.role !== undefined) lines.push(`    role: ${scalar(claim.role)}`);
  if (claim.since !== undefined) lines.push(`    since: "${claim.since}"`);
  if (claim.until !== undefined) lines.push(`    until: "${claim.until}"`);
  lines.push("    evidence:");
  for (const e of claim.evidence) {
    lines.push(`      - quote: ${JSON.stringify(e.quote)}`, `        kind: ${e.kind}`);
    if (e.occurrence !== undefined) lines.push(`        occurrence: ${e.occurrence}`);
  }
  return lines;
}

const GROUP_TITLES: Record<string, string> = {
  panel: "The panel: who chaired it and who spoke",
  affiliations: "People, their roles and organisations",
  source: "The source's own voice: headings, recommendations, names it mentions",
};

function rule(title: string): string {
  const text = `  # --- ${title} `;
  return text + "-".repeat(Math.max(3, 118 - text.length));
}

export function renderDraft(draft: Draft, labels: Map<string, string>): string {
  const out = [
    `# Suggested annotations for ${draft.source}, drafted by \`panelgraph suggest\` from the text alone.`,
    "# Nothing here enters the graph until a person accepts it. For each claim, read its evidence in the source and",
    "# either change `status: suggested` to `status: accepted` (or delete the line), correct it, or delete the claim.",
    "# New entities (below) are accepted the same way. `panelgraph validate` lists what is still suggested;",
    "# see docs/add-a-source.md.",
  ];
  if (draft.aliases?.length) {
    out.push(
      "#",
      "# Names this source writes differently from the corpus, linked to the entity the corpus has. If the link is right,",
      "# add the name to that entity's aliases (where it is declared); if not, replace the id in the claims that use it.",
      ...draft.aliases.map((a) => `#   ${a.id} (${a.label}): ${JSON.stringify(a.alias)}`),
    );
  }
  out.push("#", ...wrapComment(`Drafted: ${draftedSummary(draft)}.`));
  if (draft.everyProposal) out.push("#", ...everyProposalLines(draft));
  if (draft.held?.length) out.push("#", ...heldLines(draft, labels));
  if (draft.undatedEnds?.length) {
    out.push(
      "#",
      "# Posts the text says ended in a month of no sure year (the source's date does not settle it), not drafted: a",
      '# post once held needs its end. If you know the year, add an affiliated-with claim with `until: "YYYY-MM"`.',
      ...draft.undatedEnds.map((passage) => `#   ${JSON.stringify(passage)}`),
    );
  }
  if (draft.sharedNames?.length) {
    out.push(
      "#",
      "# Names this source gives more than one person, not linked: neither a title nor the part each plays in the text",
      "# tells them apart. If you know whom one means, add the claims its passages support to that person.",
      ...draft.sharedNames.map((names) => `#   ${names}`),
    );
  }
  out.push(`source: ${draft.source}`);
  if (draft.entities.length) {
    out.push("entities:");
    let section = "";
    for (const entity of draft.entities) {
      if (entity.section !== section) {
        section = entity.section;
        out.push(`  ${section}:`);
      }
      out.push(...entityLines(entity));
    }
  }
  out.push("claims:");
  let group = "";
  for (const claim of draft.claims) {
    if (claim.group !== group) {
      group = claim.group;
      const title = GROUP_TITLES[group] ?? `What ${labels.get(group.replace(/^person /u, "")) ?? group} said`;
      out.push(rule(title));
    }
    out.push(...claimLines(claim));
  }
  if (draft.claims.length === 0) out[out.length - 1] = "claims: []";
  // A fact has no status of its own: it waits for its entity, counts once that is accepted, and goes with it.
  if (draft.attributes?.length) out.push("attributes:");
  for (const a of draft.attributes ?? []) {
    out.push(
      `  - entity: ${a.entity} # drafted with it: counts once ${a.entity} is accepted; delete it if you reject that`,
      `    name: ${a.name}`,
      `    value: "${a.value}"`,
      "    evidence:",
    );
    for (const e of a.evidence) {
      out.push(`      - quote: ${JSON.stringify(e.quote)}`, `        kind: ${e.kind}`);
      if (e.occurrence !== undefined) out.push(`        occurrence: ${e.occurrence}`);
    }
  }
  return `${out.join("\n")}\n`;
}

const SECTION_NOUNS: Record<string, [string, string]> = {
  people: ["person", "people"],
  organisations: ["organisation", "organisations"],
  themes: ["new theme", "new themes"],
  recommendations: ["recommendation", "recommendations"],
  sessions: ["session", "sessions"],
};

function counted(n: number, [one, many]: [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What the draft holds: its recommendations first (the listed passages are the rest), then the other entities. */
function draftedSummary(draft: Draft): string {
  const recommended = new Set(draft.claims.filter((c) => c.relation === "recommends").map((c) => c.to));
  const parts = [counted(recommended.size, SECTION_NOUNS.recommendations!)];
  const sections = [...new Set(draft.entities.map((e) => e.section))].filter((s) => s !== "recommendations");
  for (const section of sections) {
    const n = draft.entities.filter((e) => e.section === section).length;
    parts.push(counted(n, SECTION_NOUNS[section] ?? [section, section]));
  }
  parts.push(counted(draft.claims.length, ["suggested claim", "suggested claims"]));
  return parts.join(", ");
}

/**
 * With --every-proposal: how many of the proposals drafted are of the kinds drafted by default and how many of the
 * kinds only listed by default (each kind with its count, in Review's words), and how their claims say which.
 */
function everyProposalLines(draft: Draft): string[] {
  const passages = new Map<string, string | undefined>();
  for (const c of draft.claims.filter((c) => c.relation === "recommends")) {
    for (const e of c.evidence)
      if (!passages.has(`${e.start} ${e.end}`)) passages.set(`${e.start} ${e.end}`, e.listedKind);
  }
  const listed = new Map<string, number>();
  for (const kind of passages.values()) if (kind !== undefined) listed.set(kind, (listed.get(kind) ?? 0) + 1);
  const nListed = [...listed.values()].reduce((a, b) => a + b, 0);
  const nKept = passages.size - nListed;
  const kinds = [...listed].map(([kind, n]) => `${kind}: ${n}`).join("; ");
  if (passages.size === 0) return wrapComment("Every proposal found is drafted (--every-proposal): none was found.");
  return wrapComment(
    `Every proposal found is drafted (--every-proposal): ${counted(passages.size, ["passage", "passages"])}, ` +
      `${nKept} of the kinds drafted by default (right at least four times in five on first sight) and ${nListed} of ` +
      `the kinds only listed by default, right only ${droppedRightInTen()} on texts the rules had not seen` +
      (nListed > 0
        ? ` (${kinds}). Each claim resting on one of those says so in its comment, “${LISTED_MARK}:” and its kind, ` +
          "as Review names it."
        : "."),
  );
}

/** Comment lines of at most 120 characters, broken between words. */
function wrapComment(text: string, indent = "# "): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && indent.length + line.length + 1 + word.length > 120) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

/**
 * The passages of kinds not drafted: the kinds they are (said from the same names as each item's), each with whose it
 * would be, why it was held and its line, the passage whole (pasteable as evidence), and a claim to copy for one.
 */
function heldLines(draft: Draft, labels: Map<string, string>): string[] {
  const held = draft.held!;
  const kinds = [...new Set(held.map((h) => h.why))];
  const lines = [
    ...wrapComment(
      `${counted(held.length, ["passage", "passages"])} that may propose something, not drafted: of ${kinds.length === 1 ? "a kind" : "kinds"} ` +
        `(${kinds.join("; ")}) right only ${droppedRightInTen()} on texts the rules had not seen. Each: its line in the ` +
        "source, whose it would be, its kind, and the passage whole (paste it as evidence).",
    ),
  ];
  for (const h of held) {
    lines.push(`#   line ${h.line}, ${h.whose.label} (${h.whose.id}), ${h.why}:`, `#     ${JSON.stringify(h.quote)}`);
  }
  // The example one whose passage names a theme, where one does: its entry is then complete as it stands.
  lines.push(...acceptTemplate(draft, held.find((h) => h.themes.length > 0) ?? held[0]!, labels));
  lines.push(
    ...wrapComment(
      `Or draft them all as recommendations: panelgraph suggest ${draft.source} --every-proposal --force ` +
        "(--force replaces this file; a .bak of it is kept).",
    ),
  );
  return lines;
}

/** A complete entry to accept `h`: the recommendation, the claim that someone makes it, and the theme it addresses. */
function acceptTemplate(draft: Draft, h: HeldProposal, labels: Map<string, string>): string[] {
  const label = proposalLabel(h.quote);
  const id = slugify(label);
  const theme =
    h.themes[0] ??
    draft.claims.find((c) => c.relation === "addresses")?.to ??
    draft.entities.find((e) => e.section === "themes")?.id ??
    "<a theme id>";
  const evidence = [`#         - quote: ${JSON.stringify(h.quote)}`, `#           kind: ${h.kind}`];
  const declared =
    h.whose.id === draft.source || labels.has(h.whose.id) || draft.entities.some((e) => e.id === h.whose.id);
  return [
    ...wrapComment(
      "To accept one as a recommendation, add its entry and its two claims to the sections below (here line " +
        `${h.line}'s; ` +
        `a theme of the corpus or of this file${declared ? "" : `; declare ${h.whose.id} under people or organisations too`}):`,
    ),
    "#   entities:",
    "#     recommendations:",
    `#       - id: ${id}`,
    `#         label: ${scalar(label)}`,
    "#         status: accepted",
    "#   claims:",
    "#     - relation: recommends",
    "#       status: accepted",
    `#       from: ${h.whose.id}`,
    `#       to: ${id}`,
    "#       evidence:",
    ...evidence,
    "#     - relation: addresses",
    "#       status: accepted",
    `#       from: ${id}`,
    `#       to: ${theme}`,
    "#       evidence:",
    ...evidence,
  ];
}
