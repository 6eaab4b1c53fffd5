// Picking an entity for a claim's end: the graph's entities through the viewer's name index (the search box's), and
// the entities the file itself declares (suggested ones are not in the graph yet). The name index matches names as the
// CLI does (src/query/match-names.ts: exact, whole word, prefix, plural, typo).
import type { PanelGraph } from "../../src/model/graph.ts";
import { normaliseName } from "../../src/model/names.ts";
import type { EntityView } from "../../src/model/review.ts";
import type { NodeType } from "../../src/model/vocabulary.ts";
import { createNameIndex, type NameIndex } from "../core/name-index.ts";

export interface EntityChoice {
  id: string;
  label: string;
  type: NodeType;
  /** Declared in the file under review, with its status. */
  status?: EntityView["status"];
}

export interface EntityPicker {
  find(query: string, types?: readonly NodeType[], limit?: number): EntityChoice[];
  /** The entity's label and type, from the file or the graph. */
  get(id: string): EntityChoice | undefined;
}

export function entityPicker(graph: PanelGraph | undefined, declared: readonly EntityView[]): EntityPicker {
  let index: NameIndex | null = null;
  const names = () => (graph ? (index ??= createNameIndex(graph)) : null);
  const own = declared.map((e) => ({
    choice: { id: e.id, label: e.label, type: e.type, status: e.status } as EntityChoice,
    keys: [e.label, ...e.aliases, e.id].map(normaliseName),
  }));
  return {
    find(query, types, limit = 10) {
      const key = normaliseName(query);
      if (key === "") return [];
      const mine = own
        .filter(({ choice, keys }) => (!types || types.includes(choice.type)) && keys.some((k) => k.includes(key)))
        .map(({ choice }) => choice);
      const seen = new Set(mine.map((c) => c.id));
      const graphs = (names()?.find(query, { ...(types ? { types } : {}), limit }).matches ?? [])
        .filter((m) => !seen.has(m.id))
        .map((m) => ({ id: m.id, label: m.label, type: m.type as NodeType }));
      return [...mine, ...graphs].slice(0, limit);
    },
    get(id) {
      const mine = own.find(({ choice }) => choice.id === id)?.choice;
      if (mine) return mine;
      if (graph?.hasNode(id)) {
        const a = graph.getNodeAttributes(id);
        return { id, label: a.label, type: a.type };
      }
      return undefined;
    },
  };
}

/** The longest id made from a label. */
const ID_LENGTH = 60;

/** An id for a new entity, as `add-source` makes one from a title: lowercase words joined by hyphens. */
export function idFromLabel(label: string): string {
  const id = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (id.length <= ID_LENGTH) return id;
  // Cut at the last whole word that fits ("…-minimum-service", not "…-minimum-service-fo"); one long word is cut.
  const cut = id.lastIndexOf("-", ID_LENGTH);
  return cut > 0 ? id.slice(0, cut) : id.slice(0, ID_LENGTH);
}
