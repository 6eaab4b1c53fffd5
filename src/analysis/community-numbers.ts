// Community numbers that last from one build to the next: a community that is still (mostly) there keeps the number
// it had, so colours and partitions by `community` in a colleague's Gephi file keep their meaning.

/**
 * The number of each group (`groups` in their default order: largest first). Without a previous numbering: 1, 2, 3 …
 * in that order. With one (node id → the number it had): each group takes the previous number most of its members
 * had, the pairs that share most members first (then higher Jaccard, smaller number, earlier group), each number once;
 * a group sharing no member with a number still free takes the smallest number that no group has now and no
 * community had before, so a number never changes meaning from one build to the next.
 */
export function communityNumbers(groups: readonly string[][], previous?: ReadonlyMap<string, number>): number[] {
  if (!previous || previous.size === 0) return groups.map((_, i) => i + 1);
  const before = new Map<number, number>();
  for (const n of previous.values()) before.set(n, (before.get(n) ?? 0) + 1);
  const pairs: { group: number; number: number; shared: number; jaccard: number }[] = [];
  groups.forEach((members, group) => {
    const shared = new Map<number, number>();
    for (const id of members) {
      const n = previous.get(id);
      if (n !== undefined) shared.set(n, (shared.get(n) ?? 0) + 1);
    }
    for (const [number, count] of shared) {
      pairs.push({ group, number, shared: count, jaccard: count / (members.length + before.get(number)! - count) });
    }
  });
  pairs.sort((a, b) => b.shared - a.shared || b.jaccard - a.jaccard || a.number - b.number || a.group - b.group);
  const numbers = groups.map(() => 0);
  const taken = new Set<number>();
  for (const { group, number } of pairs) {
    if (numbers[group] !== 0 || taken.has(number)) continue;
    numbers[group] = number;
    taken.add(number);
  }
  let next = 1;
  numbers.forEach((n, group) => {
    if (n !== 0) return;
    while (taken.has(next) || before.has(next)) next++;
    numbers[group] = next;
    taken.add(next);
  });
  return numbers;
}
