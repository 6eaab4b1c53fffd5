// The title a plain text gives itself on its first line ("Council row over bus subsidies", then a blank line, then the
// text), as a text saved from a page or typed in Notepad often does. Only a line that is plainly a title is taken: a
// sentence, a lead-in or a line that runs on into the text is not, and add-source then says why it needs --title.
import type { FoundField } from "./found.js";

/** A title is a line of a few words: longer is a paragraph. */
const MAX_TITLE_CHARACTERS = 150;
const MAX_TITLE_WORDS = 20;

export type OpeningTitle = { found: FoundField } | { why: string };

/** The text's first line as its title, or why it is not plainly one. */
export function openingTitle(text: string): OpeningTitle {
  const lines = text.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  const first = lines.findIndex((line) => line.trim() !== "");
  if (first === -1) return { why: "the text is empty" };
  const line = lines[first]!.trim().replace(/\s+/gu, " ");
  const next = lines[first + 1];
  if (next === undefined || lines.slice(first + 1).every((l) => l.trim() === ""))
    return { why: "its first line is all the text there is" };
  if (next.trim() !== "") return { why: "its first line runs on into the next with no blank line after it" };
  if (line.length > MAX_TITLE_CHARACTERS || line.split(" ").length > MAX_TITLE_WORDS)
    return { why: `its first line is ${line.length} characters long, a paragraph rather than a title` };
  if (/[.,;:]$/u.test(line) && !/\.\.\.$|…$/u.test(line))
    return { why: `its first line ends with "${line.at(-1)}", as a sentence or a lead-in does, not a title` };
  if (!/^[\p{Lu}\p{N}"“‘'(]/u.test(line)) return { why: "its first line does not begin with a capital" };
  return { found: { value: line, from: "its first line, followed by a blank line" } };
}
