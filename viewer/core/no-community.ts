// The legend's words for the grey "no community" entry: which nodes have none, in English for 0, 1 and many.
import { isNodeType, typeName } from "./appearance.ts";

/** A type's name for one node ("person"), and for several ("people"), in lower case. */
function typeWords(type: string): { one: string; many: string } {
  const many = typeName(type).toLowerCase();
  return { one: isNodeType(type) ? type : many, many };
}

/** "a", "a and b", "a, b and c". */
export function listAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * Why some nodes are grey in the community colouring. `types`: each type present and how many of its nodes there are;
 * `without`: how many of them have no community. Types none of whose nodes have one are named ("sources and sessions
 * have none"); of the others, how many have none ("1 person and 2 organisations have none either, having no …").
 */
export function noCommunityWords(types: { type: string; count: number }[], without: Map<string, number>): string {
  const none = types.filter((t) => without.get(t.type) === t.count).map((t) => typeWords(t.type).many);
  const some = types
    .map((t) => ({ type: t.type, n: without.get(t.type) ?? 0, all: t.count }))
    .filter(({ n, all }) => n > 0 && n < all);
  const parts: string[] = [];
  if (none.length > 0) parts.push(`${listAnd(none)} have none`);
  if (some.length > 0) {
    const items = some.map(
      ({ type, n }) => `${n.toLocaleString("en-GB")} ${n === 1 ? typeWords(type).one : typeWords(type).many}`,
    );
    const one = some.length === 1 && some[0]!.n === 1;
    parts.push(
      `${listAnd(items)} ${one ? "has" : "have"} none${none.length > 0 ? " either" : ""}, ` +
        "having no “spoke on” or “belongs to” link",
    );
  }
  return ["communities are found among people, the themes they spoke on and their organisations", ...parts].join("; ");
}
