// What a document says about itself (a web page's <meta>, Open Graph and JSON-LD; a PDF's document information): the
// fields a source's metadata takes, each with where it was found, so add-source can say so and the user can override.

export interface FoundField {
  value: string;
  /** Where in the document it was found, e.g. `JSON-LD datePublished`, `og:title`, `<title>`. */
  from: string;
}

export interface FoundMetadata {
  title?: FoundField;
  date?: FoundField;
  author?: FoundField;
  publisher?: FoundField;
  url?: FoundField;
}

const MONTHS = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
]; // prettier-ignore

/**
 * A date as the metadata takes it (YYYY, YYYY-MM or YYYY-MM-DD): the date part of an ISO timestamp as written (the
 * publisher's own day, whatever its time zone), or a written date such as `14 March 2024` / `March 14, 2024`.
 */
export function isoDate(value: string): string | undefined {
  const text = value.trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ])/u.exec(text);
  if (iso) return [iso[1], iso[2], iso[3]].filter((part) => part !== undefined).join("-");
  const pdf = /^D:(\d{4})(\d{2})?(\d{2})?/u.exec(text);
  if (pdf) return [pdf[1], pdf[2], pdf[3]].filter((part) => part !== undefined).join("-");
  const words = text.toLowerCase().replace(/,/gu, " ").split(/\s+/u);
  const month = words.findIndex((w) => MONTHS.some((m) => m === w || (w.length >= 3 && m.startsWith(w))));
  const year = words.find((w) => /^\d{4}$/u.test(w));
  if (month === -1 || year === undefined) return undefined;
  const m = MONTHS.findIndex((name) => name.startsWith(words[month]!)) + 1;
  const day = words.find((w) => /^\d{1,2}(st|nd|rd|th)?$/u.test(w));
  const pad = (n: number) => String(n).padStart(2, "0");
  return day === undefined ? `${year}-${pad(m)}` : `${year}-${pad(m)}-${pad(parseInt(day, 10))}`;
}

/** A web address as the metadata's `url` takes it, or undefined. */
export function webAddress(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text && /^https?:\/\/\S+$/iu.test(text) ? text : undefined;
}

/** One line, white space collapsed; undefined when nothing is left. */
export function oneLine(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.replace(/\s+/gu, " ").trim();
  return text === "" ? undefined : text;
}
