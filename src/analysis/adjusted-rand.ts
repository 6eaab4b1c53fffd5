// Agreement between two partitions of the same items, corrected for chance (Hubert and Arabie, 1985).

const pairs = (n: number) => (n * (n - 1)) / 2;

/**
 * Adjusted Rand index of two partitions given as item → community maps over the same items: 1 when they group the
 * items identically, about 0 when they agree no more than chance would, negative when less. Two partitions that are
 * each trivial (everything together, or everything apart) and identical score 1.
 */
export function adjustedRandIndex(a: Record<string, number | string>, b: Record<string, number | string>): number {
  const items = Object.keys(a).sort();
  const missing = items.find((item) => !(item in b));
  if (missing !== undefined || items.length !== Object.keys(b).length) {
    throw new Error(`adjustedRandIndex: the partitions cover different items (e.g. ${JSON.stringify(missing)})`);
  }
  const cells = new Map<string, number>();
  const rows = new Map<string, number>();
  const columns = new Map<string, number>();
  for (const item of items) {
    const row = String(a[item]);
    const column = String(b[item]);
    const cell = `${row}\u0000${column}`;
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
    rows.set(row, (rows.get(row) ?? 0) + 1);
    columns.set(column, (columns.get(column) ?? 0) + 1);
  }
  const sum = (counts: Map<string, number>) => [...counts.values()].reduce((s, n) => s + pairs(n), 0);
  const index = sum(cells);
  const rowPairs = sum(rows);
  const columnPairs = sum(columns);
  const total = pairs(items.length);
  const expected = total === 0 ? 0 : (rowPairs * columnPairs) / total;
  const maximum = (rowPairs + columnPairs) / 2;
  if (maximum === expected) return index === expected ? 1 : 0;
  return (index - expected) / (maximum - expected);
}
