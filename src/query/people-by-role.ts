// People found by a role the sources give them ("the Minister", "Minister for Transport", "the Chair"): for a question
// that takes a person, asked with a text that is no one's name (a debate says "the Minister" more often than her name).
import type { PanelGraph } from "../model/graph.js";
import { normaliseName } from "../model/names.js";
import type { EntityRef, TypedEntityRef } from "./types.js";

/**
 * A person whose role the text names, with that role and where they hold it: a role an affiliated-with claim states
 * (`organisation`: where), or one a chaired or panellist-in claim makes them (`at`: the session or event).
 */
export type RoleMatch = {
  person: TypedEntityRef;
  role: string;
} & (
  | { relation: "affiliated-with"; organisation: EntityRef }
  | { relation: "chaired" | "panellist-in"; at: TypedEntityRef }
);

/**
 * The roles a claim other than affiliated-with makes a person, as words a text may call them by, each with the word
 * that joins it to the session or event ("Chair of Harbour Day"). Only these relations make a role: the graph keeps
 * a role's own words on affiliated-with claims alone (validate refuses one on any other claim). `chaired` is "hosted
 * or chaired", so a host is found too.
 */
const RELATION_ROLES: Record<"chaired" | "panellist-in", { names: string[]; joiner: string }> = {
  chaired: { names: ["Chair", "Chairman", "Chairwoman", "Chairperson", "Host"], joiner: "of" },
  "panellist-in": { names: ["Panellist", "Panelist"], joiner: "in" },
};

/** A role or the text as compared: names' normal form, without "the" ("Chair of the Harbour forum" is its Chair's). */
const roleForm = (text: string) =>
  normaliseName(text)
    .replace(/(^| )the(?= )/g, "")
    .trim();

/** Whether the role `role` is the text `wanted` (in roleForm) or begins with its words. */
const names = (role: string, wanted: string) => {
  const form = roleForm(role);
  return form === wanted || form.startsWith(`${wanted} `);
};

/** Where a match holds its role, for ordering: the organisation's or the session's id. */
const placeId = (match: RoleMatch) => ("organisation" in match ? match.organisation.id : match.at.id);

/** Which of a person's roles answers: a stated one before one a relation makes, then by role, then where. */
function firstRole(a: RoleMatch, b: RoleMatch): number {
  const stated = (m: RoleMatch) => (m.relation === "affiliated-with" ? 0 : 1);
  const [x, y] = [placeId(a), placeId(b)];
  return stated(a) - stated(b) || a.role.localeCompare(b.role) || (x < y ? -1 : x > y ? 1 : 0);
}

/**
 * The people holding a role that is `text` or begins with its words ("Minister" → "Minister of State", "Minister for
 * Transport"; not "Prime Minister"), "the" in either aside: a role an affiliated-with claim states, or one a
 * chaired or panellist-in claim makes ("Chair of <session>", "Panellist in <session>": RELATION_ROLES). Each person
 * once, with their first such role (a stated one before one a relation makes; then by role, then where), in label
 * order.
 */
export function peopleByRole(graph: PanelGraph, text: string): RoleMatch[] {
  const wanted = roleForm(text);
  if (wanted === "") return [];
  const found = new Map<string, RoleMatch>();
  const keep = (match: RoleMatch) => {
    const seen = found.get(match.person.id);
    if (!seen || firstRole(match, seen) < 0) found.set(match.person.id, match);
  };
  graph.forEachEdge((_, { relation, roles }, from, to) => {
    if (graph.getNodeAttribute(from, "type") !== "person") return;
    const person: TypedEntityRef = { id: from, label: graph.getNodeAttribute(from, "label"), type: "person" };
    if (relation === "affiliated-with") {
      for (const { role } of roles ?? []) {
        if (!names(role, wanted)) continue;
        keep({ person, role, relation, organisation: { id: to, label: graph.getNodeAttribute(to, "label") } });
      }
    } else if (relation === "chaired" || relation === "panellist-in") {
      const { label, type } = graph.getNodeAttributes(to);
      const { names: words, joiner } = RELATION_ROLES[relation];
      const role = words.map((word) => `${word} ${joiner} ${label}`).find((r) => names(r, wanted));
      if (role !== undefined) keep({ person, role, relation, at: { id: to, label, type } });
    }
  });
  return [...found.values()].sort(
    (a, b) => a.person.label.localeCompare(b.person.label) || a.person.id.localeCompare(b.person.id),
  );
}

/** "Director of Health, Northtown Council"; "Chair of Harbour Day (chaired the event)": a role and where it is held. */
export function roleWords(match: RoleMatch): string {
  if (match.relation === "affiliated-with") return `${match.role}, ${match.organisation.label}`;
  return `${match.role} (${match.relation === "chaired" ? "chaired" : "a panellist in"} the ${match.at.type})`;
}
