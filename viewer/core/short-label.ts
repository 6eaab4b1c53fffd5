// A node's label as the graph draws it: at most MAX_LABEL_LENGTH characters. A long label is cut at its end, except
// that an end with a number in it (a date, "session 14", "Part 2") is kept after the cut, since labels of one series
// ("Panel: Minutes: … Committee, 9 September 2026", "…, 14 October 2026") often differ there only (w50 #19).

export const MAX_LABEL_LENGTH = 42;
/** The most of a label's end kept after the cut. */
const KEPT_END = 20;

/**
 * The label's last words, when the last holds a number: as many as fit in KEPT_END characters, back to a comma, colon
 * or dash at most ("14 October 2026" after "Committee,", "Part 2" after "budget,").
 */
function numberedEnd(label: string): string | undefined {
  const words = label.trim().split(/\s+/u);
  if (words.length < 2 || !/\d/u.test(words.at(-1)!)) return undefined;
  let end = words.at(-1)!;
  for (let i = words.length - 2; i > 0; i--) {
    const word = words[i]!;
    if (/[,;:–—-]$/u.test(word) || `${word} ${end}`.length > KEPT_END) break;
    end = `${word} ${end}`;
  }
  return end.length <= KEPT_END ? end : undefined;
}

export function shortLabel(label: string, max: number = MAX_LABEL_LENGTH): string {
  if (label.length <= max) return label;
  const end = numberedEnd(label);
  if (end !== undefined && end.length <= max / 2) {
    const head = label
      .slice(0, max - end.length - 2)
      .trimEnd()
      .replace(/[\s,;:–—-]+$/u, "");
    return `${head}… ${end}`;
  }
  return `${label.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The longest shortLabel of `label` that `fits` (a width measured on a canvas, say): the PNG export's title is cut as
 * the graph cuts labels, keeping a numbered end ("… 14 October 2026") that a cut at the end loses.
 */
export function shortLabelToFit(label: string, fits: (text: string) => boolean): string {
  if (fits(label)) return label;
  for (let max = label.length - 1; max > 1; max--) {
    const short = shortLabel(label, max);
    if (fits(short)) return short;
  }
  return "…";
}

/** A node as distinctShortLabels needs it. */
export interface LabelledNode {
  id: string;
  label: string;
  type: string;
}

/**
 * Each node's shortLabel, made to differ where two different labels cut to the same one (a source and its session,
 * "Economy and Infrastructu… 12 November 2026" both, w51 #10): nodes of different types say their type, "(source)",
 * within the same length; nodes of one type are cut longer, as little as makes them differ. Worked out over every node,
 * not only the visible ones, so a node's label does not change as filters hide and show others.
 */
export function distinctShortLabels(
  nodes: readonly LabelledNode[],
  max: number = MAX_LABEL_LENGTH,
): Map<string, string> {
  const shown = new Map(nodes.map((n) => [n.id, shortLabel(n.label, max)] as const));
  const groups = new Map<string, LabelledNode[]>();
  for (const node of nodes) {
    const short = shown.get(node.id)!;
    if (short !== node.label) groups.set(short, [...(groups.get(short) ?? []), node]);
  }
  for (const group of groups.values()) {
    if (new Set(group.map((n) => n.label)).size < 2) continue;
    if (new Set(group.map((n) => n.type)).size === group.length) {
      for (const n of group) shown.set(n.id, `${shortLabel(n.label, max - n.type.length - 3)} (${n.type})`);
      continue;
    }
    const longest = Math.max(...group.map((n) => n.label.length));
    for (let longer = max + 1; longer <= longest; longer++) {
      const cuts = group.map((n) => shortLabel(n.label, longer));
      if (new Set(cuts).size === new Set(group.map((n) => n.label)).size) {
        group.forEach((n, i) => shown.set(n.id, cuts[i]!));
        break;
      }
    }
  }
  return shown;
}
