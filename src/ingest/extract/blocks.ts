// The text of an HTML fragment as paragraphs: each block (paragraph, heading, list item, quotation, table row) its own
// paragraph, separated by a blank line; runs of white space inside a block collapsed as a browser shows them; a <br> a
// line break; <q> in quotation marks; a table's row a paragraph, its cells kept apart by a separator when one is asked
// for. Used for the main text of a web page and for Markdown rendered to HTML.

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
}

const ELEMENT = 1;
const TEXT = 3;

export interface BlockOptions {
  /** Put between the cells of a table's row (Markdown's tables: " | "); a space when not given (a web page's tables). */
  cellSeparator?: string;
}

export function paragraphsOf(root: WalkedNode, options: BlockOptions = {}): string[] {
  const paragraphs: string[] = [];
  let current = "";
  let cells = 0; // cells of the current table row so far
  const flush = () => {
    const paragraph = current
      .replace(/[^\S\n]+/gu, " ")
      .replace(/ ?\n ?/gu, "\n")
      .trim();
    if (paragraph) paragraphs.push(paragraph);
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
        if (text) paragraphs.push(text);
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
