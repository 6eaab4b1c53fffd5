// The text of an HTML fragment as paragraphs: each block (paragraph, heading, list item, quotation, table row) its own
// paragraph, separated by a blank line; runs of white space inside a block collapsed as a browser shows them; a <br> a
// line break; <q> in quotation marks; a table's row a paragraph, its cells kept apart by a separator when one is asked
// for; a list item with its marker, as a plain text writes a list ("- " in a <ul>, "3. " in an <ol>), a nested list's
// items indented under their item. Used for the main text of a web page and for Markdown rendered to HTML.

/** Elements whose content is a paragraph of its own. */
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
  "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "section", "summary",
  "table", "tbody", "thead", "tfoot", "tr", "ul",
]); // prettier-ignore

/** Elements that hold no reading text. */
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "canvas",
  "button",
  "select",
  "textarea",
  "img",
]);

/** The DOM of linkedom or a browser, as far as this walk needs it. */
interface WalkedNode {
  nodeType: number;
  childNodes: ArrayLike<WalkedNode>;
  textContent: string | null;
  tagName?: string;
  getAttribute?(name: string): string | null;
}

const ELEMENT = 1;
const TEXT = 3;

export interface BlockOptions {
  /** Put between the cells of a table's row (Markdown's tables: " | "); a space when not given (a web page's tables). */
  cellSeparator?: string;
}

/** A list's items as the walk numbers them: an <ol>'s next number (its `start`, counting down when `reversed`). */
interface ListState {
  ordered: boolean;
  next: number;
  step: 1 | -1;
}

/** A whole number an attribute gives ("3", " -2 "); undefined when it gives none. */
const integer = (value: string | null | undefined) =>
  value != null && /^\s*-?\d+\s*$/u.test(value) ? Number.parseInt(value, 10) : undefined;

/** A list's items: its <li> children. */
const itemsOf = (node: WalkedNode) =>
  Array.from(node.childNodes).filter((c) => c.nodeType === ELEMENT && (c.tagName ?? "").toLowerCase() === "li");

function listState(list: WalkedNode, ordered: boolean): ListState {
  if (!ordered) return { ordered, next: 1, step: 1 };
  const reversed = list.getAttribute?.("reversed") != null;
  const start = integer(list.getAttribute?.("start"));
  return reversed ? { ordered, next: start ?? itemsOf(list).length, step: -1 } : { ordered, next: start ?? 1, step: 1 };
}

export function paragraphsOf(root: WalkedNode, options: BlockOptions = {}): string[] {
  const paragraphs: string[] = [];
  let current = "";
  let cells = 0; // cells of the current table row so far
  const lists: ListState[] = []; // the lists the walk is inside, innermost last
  let indent = ""; // a list item's paragraphs after its first, and the lists inside it, start at its text's column
  let marker: string | undefined; // the marker of the list item whose first paragraph is still to come
  const flush = () => {
    const paragraph = current
      .replace(/[^\S\n]+/gu, " ")
      .replace(/ ?\n ?/gu, "\n")
      .trim();
    if (paragraph) {
      paragraphs.push(marker !== undefined ? marker + paragraph : indent + paragraph);
      marker = undefined;
    }
    current = "";
  };
  const walk = (node: WalkedNode) => {
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i]!;
      if (child.nodeType === TEXT) {
        current += (child.textContent ?? "").replace(/\s+/gu, " ");
        continue;
      }
      if (child.nodeType !== ELEMENT) continue;
      const tag = (child.tagName ?? "").toLowerCase();
      if (SKIPPED.has(tag)) continue;
      if (tag === "br") current += "\n";
      else if (tag === "pre") {
        flush();
        const text = (child.textContent ?? "").replace(/\r\n?/gu, "\n").replace(/^\n+|\s+$/gu, "");
        if (text) {
          paragraphs.push((marker ?? indent) + text);
          marker = undefined;
        }
      } else if (tag === "q") {
        current += "“";
        walk(child);
        current += "”";
      } else if (tag === "td" || tag === "th") {
        current += options.cellSeparator !== undefined && cells++ > 0 ? options.cellSeparator : " ";
        walk(child);
        current += " ";
      } else if (tag === "tr") {
        flush();
        cells = 0;
        walk(child);
        flush();
      } else if (tag === "ul" || tag === "ol" || tag === "menu") {
        flush();
        lists.push(listState(child, tag === "ol"));
        walk(child);
        flush();
        lists.pop();
      } else if (tag === "li" && lists.length > 0) {
        flush();
        const list = lists.at(-1)!;
        const number = list.ordered ? (integer(child.getAttribute?.("value")) ?? list.next) : 0;
        list.next = number + list.step;
        const [outerIndent, outerMarker] = [indent, marker];
        marker = indent + (list.ordered ? `${number}. ` : "- ");
        indent = " ".repeat(marker.length);
        walk(child);
        flush();
        [indent, marker] = [outerIndent, outerMarker];
      } else if (BLOCKS.has(tag)) {
        flush();
        walk(child);
        flush();
      } else walk(child);
    }
  };
  walk(root);
  flush();
  return paragraphs;
}

/** Paragraphs as a source text: separated by blank lines, ending with a line break. */
export function joinParagraphs(paragraphs: string[]): string {
  return paragraphs.length ? `${paragraphs.join("\n\n")}\n` : "";
}
