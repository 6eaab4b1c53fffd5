// People found by a role the sources give them ("the Minister", "Minister for Transport"): for a question that takes
// a person, asked with a text that is no one's name (a debate says "the Minister" more often than her name).
import type { PanelGraph } from "../model/graph.js";
import { normaliseName } from "../model/names.js";
import type { EntityRef, TypedEntityRef } from "./types.js";

/** A person whose role (affiliated-with) the text names, with that role and where they hold it. */
export interface RoleMatch {
  person: TypedEntityRef;
  role: string;
  organisation: EntityRef;
}

/** A role or the text as compared: names' normal form, without a leading "the". */
const roleForm = (text: string) => normaliseName(text).replace(/^the /, "");

/**
 * The people holding a role that is `text` or begins with its words ("Minister" → "Minister of State", "Minister for
 * Transport"; not "Prime Minister"), "the" before either aside; each person once, with their first such role (by role,
 * then organisation id), in label order.
 */
export function peopleByRole(graph: PanelGraph, text: string): RoleMatch[] {
  const wanted = roleForm(text);
  if (wanted === "") return [];
  const found = new Map<string, RoleMatch>();
  graph.forEachEdge((_, { relation, roles }, from, to) => {
    if (relation !== "affiliated-with" || graph.getNodeAttribute(from, "type") !== "person") return;
    for (const { role } of roles ?? []) {
      const form = roleForm(role);
      if (form !== wanted && !form.startsWith(`${wanted} `)) continue;
      const match: RoleMatch = {
        person: { id: from, label: graph.getNodeAttribute(from, "label"), type: "person" },
        role,
        organisation: { id: to, label: graph.getNodeAttribute(to, "label") },
      };
      const seen = found.get(from);
      if (!seen || role.localeCompare(seen.role) < 0 || (role === seen.role && to < seen.organisation.id))
        found.set(from, match);
    }
  });
  return [...found.values()].sort(
    (a, b) => a.person.label.localeCompare(b.person.label) || a.person.id.localeCompare(b.person.id),
  );
}
