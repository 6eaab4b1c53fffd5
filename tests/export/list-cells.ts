// Reading list cells back, written from the rules in docs/export-formats.md ("List cells"), not from the writer's code,
// so a round trip through them checks the writer against the documented format.

/**
 * A CSV / GraphML list cell back into its items: read left to right; a backslash takes the next character as it is
 * (in line lists `\n` is a line feed and `\r` a carriage return; `\e` is nothing, an empty item); an unescaped `;`
 * (then its space) or, in line lists, an unescaped line feed ends an item. No cell: no items.
 */
export function splitListCell(cell: string | undefined, separator: "; " | "\n"): string[] {
  if (cell === undefined || cell === "") return [];
  const lines = separator === "\n";
  const items: string[] = [];
  let item = "";
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === "\\" && i + 1 < cell.length) {
      const next = cell[++i]!;
      if (next === "e") continue;
      item += lines && next === "n" ? "\n" : lines && next === "r" ? "\r" : next;
    } else if (c === separator[0]) {
      items.push(item);
      item = "";
      if (!lines && cell[i + 1] === " ") i++;
    } else item += c;
  }
  items.push(item);
  return items;
}

/**
 * A GEXF 1.3 list value as Gephi reads it (graphstore's ArraysParser, restated): outside quotes, brackets, commas and
 * whitespace only separate; a quoted item runs to its closing quote, a backslash taking the next character as it is;
 * an unquoted item runs to the next comma or closing bracket, trimmed.
 */
export function gephiList(value: string): string[] {
  const items: string[] = [];
  let i = 0;
  while (i < value.length) {
    const c = value[i]!;
    if ("[]() \t\r\n,".includes(c)) {
      i++;
    } else if (c === '"' || c === "'") {
      let item = "";
      for (i++; i < value.length && value[i] !== c; i++) item += value[i] === "\\" ? value[++i]! : value[i]!;
      items.push(item);
      i++;
    } else {
      let item = "";
      for (; i < value.length && !",)]".includes(value[i]!); i++) item += value[i]!;
      items.push(item.trim());
    }
  }
  return items;
}
