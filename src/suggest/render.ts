// Writes a draft as an annotation file in the hand-written style of graph-data/annotations, with a header that says
// how to review it. Same draft, same bytes.
import { droppedRightInTen, recommendationLabel } from "./recommendations.js";
import type { Draft, DraftClaim, DraftEntity } from "./suggest.js";

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

function claimLines(claim: DraftClaim): string[] {
  const lines = [
    `  - relation: ${claim.relation}`,
    `    status: suggested${claim.comment ? ` # ${claim.comment}` : ""}`,
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
  if (draft.unsure?.length) {
    out.push(
      "#",
      '# Passages that may propose something, not drafted: of kinds (a "should", "must" or "need to" of no body that',
      "# can act, a call the narrative reports, one person's words reported, a speaker's own \"we need to\") right only",
      `# ${droppedRightInTen()} on texts the rules had not seen.`,
      "# If one is a recommendation, add a `recommends` claim for it (or draft them all: suggest --every-proposal).",
      ...draft.unsure.map((passage) => `#   ${JSON.stringify(recommendationLabel(passage, 160))}`),
    );
  }
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
  return `${out.join("\n")}\n`;
}
