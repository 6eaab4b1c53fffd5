// A saved web page as a source: its main text (Mozilla's Readability, the library behind Firefox's Reader View, on a
// linkedom DOM), without navigation, cookie banners, share buttons or footers, and what the page says about itself
// (JSON-LD, Open Graph, <meta>, <title>).
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { isoDate, oneLine, webAddress, type FoundField, type FoundMetadata } from "./found.js";
import { joinParagraphs, paragraphsOf } from "./blocks.js";

export interface HtmlText {
  text: string;
  found: FoundMetadata;
}

/** Fewer words than this in the main text: the page holds no article (a consent wall, an index, a login page). */
export const MIN_ARTICLE_WORDS = 30;

export class NoArticleText extends Error {
  override readonly name = "NoArticleText";
  constructor(readonly words: number) {
    super(`no article text found (${words} words of main text)`);
  }
}

type Doc = ReturnType<typeof parseHTML>["document"];

/** The main text and metadata of an HTML page. Throws NoArticleText when the page has no article to read. */
export function extractHtml(html: string): HtmlText {
  const { document } = parseHTML(html);
  const found = pageMetadata(document);
  const headings = [...document.querySelectorAll("h1")].flatMap((h) => oneLine(h.textContent) ?? []);
  // Readability changes the document it reads, so the metadata is read first.
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  const fragment = parseHTML(`<!DOCTYPE html><html><body>${article?.content ?? ""}</body></html>`).document;
  const paragraphs = paragraphsOf(fragment.body as never);
  // Readability takes the page's heading out of the text as its title; it is the page's first line all the same, and
  // a hearing's heading names the hearing.
  const heading = oneLine(article?.title);
  if (heading !== undefined && !paragraphs.slice(0, 3).some((p) => p.includes(heading))) paragraphs.unshift(heading);
  const words = paragraphs.join(" ").split(/\s+/u).filter(Boolean).length;
  if (!article || words < MIN_ARTICLE_WORDS) throw new NoArticleText(words);
  const fallback = (key: keyof FoundMetadata, value: string | null | undefined, from: string) => {
    const text = oneLine(value);
    if (found[key] === undefined && text !== undefined) found[key] = { value: text, from };
  };
  const siteNames = [
    found.publisher?.value,
    metaContent(document, "property", "og:site_name"),
    oneLine(article.siteName),
  ];
  if (found.title) withoutSiteName(found, siteNames, headings);
  fallback("title", article.title, "the page's heading");
  fallback("author", article.byline?.replace(/^by\s+/iu, ""), "the byline");
  fallback("publisher", article.siteName, "the site name");
  if (found.date === undefined && article.publishedTime) {
    const date = isoDate(article.publishedTime);
    if (date) found.date = { value: date, from: "the page's publication time" };
  }
  return { text: joinParagraphs(paragraphs), found };
}

/** Objects of the page's JSON-LD blocks, @graph and lists flattened; blocks that do not parse are passed over. */
function jsonLd(document: Doc): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  const add = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === "object") {
      const object = value as Record<string, unknown>;
      objects.push(object);
      if (object["@graph"]) add(object["@graph"]);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      add(JSON.parse(script.textContent ?? ""));
    } catch {
      // A broken JSON-LD block says nothing; the <meta> tags may.
    }
  }
  // Articles first: a page's JSON-LD also describes its site, its breadcrumbs and its publisher.
  const isArticle = (o: Record<string, unknown>) =>
    [o["@type"]].flat().some((t) => typeof t === "string" && /Article|Posting|Report|Transcript/u.test(t));
  return [...objects.filter(isArticle), ...objects.filter((o) => !isArticle(o))];
}

/** A JSON-LD person or organisation (or a list of them) as names. */
function names(value: unknown): string | undefined {
  const list = [value]
    .flat()
    .map((v) => (typeof v === "string" ? v : v && typeof v === "object" ? (v as { name?: unknown }).name : undefined))
    .map(oneLine)
    .filter((v): v is string => v !== undefined && webAddress(v) === undefined);
  if (list.length === 0) return undefined;
  return list.length === 1 ? list[0] : `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}

const metaContent = (document: Doc, attribute: "name" | "property", key: string) =>
  oneLine(document.querySelector(`meta[${attribute}="${key}" i]`)?.getAttribute("content"));

/** What separates a page's title from its site's name: a bar, a dash or a bullet between spaces. */
const TITLE_SEPARATOR = /\s+(?:[|·•»]|::|[-–—])\s+|\s*\|\s*/gu;
const fold = (text: string) => text.toLowerCase().replace(/[’‘]/gu, "'").replace(/\s+/gu, " ").trim();

/**
 * The title without the site's name a page's <title> (or og:title) adds to it, "Headline | Site" or "Site – Headline":
 * taken off when the page names its site so (og:site_name, its publisher), or, when it does not, a last part after a
 * bar (a headline has none), or after a dash when the page's own heading is the part before it (a headline may have a
 * dash of its own). The name taken off is the publisher when the page gives none.
 */
function withoutSiteName(found: FoundMetadata, siteNames: (string | undefined)[], headings: string[]): void {
  const title = found.title!;
  const parts: { text: string; separator: string }[] = [];
  let last = 0;
  for (const m of title.value.matchAll(TITLE_SEPARATOR)) {
    parts.push({ text: title.value.slice(last, m.index), separator: m[0] });
    last = m.index + m[0].length;
  }
  if (parts.length === 0) return;
  const tail = title.value.slice(last);
  const head = parts[0]!.text;
  const known = new Set(siteNames.filter((n): n is string => n !== undefined).map(fold));
  let site: string | undefined;
  let rest: string | undefined;
  if (known.has(fold(tail))) [site, rest] = [tail, title.value.slice(0, last - parts.at(-1)!.separator.length)];
  else if (known.has(fold(head))) [site, rest] = [head, title.value.slice(head.length + parts[0]!.separator.length)];
  else {
    const before = title.value.slice(0, last - parts.at(-1)!.separator.length);
    const bar = /[|·•»]|::/u.test(parts.at(-1)!.separator);
    if (bar || headings.some((h) => fold(h) === fold(before))) [site, rest] = [tail, before];
  }
  if (site === undefined || rest === undefined || !/\p{L}/u.test(rest)) return;
  found.title = { value: rest.trim(), from: `${title.from}, without the site name ${JSON.stringify(site)}` };
  found.publisher ??= { value: site, from: `the site name in ${title.from}` };
}

function pageMetadata(document: Doc): FoundMetadata {
  const found: FoundMetadata = {};
  const meta = (attribute: "name" | "property", key: string) => metaContent(document, attribute, key);
  const ld = jsonLd(document);
  const fromLd = (key: string, read: (v: unknown) => string | undefined = oneLine) => {
    for (const object of ld) {
      const value = read(object[key]);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const first = (candidates: [string | undefined, string][]): FoundField | undefined => {
    const hit = candidates.find(([value]) => value !== undefined);
    return hit && { value: hit[0]!, from: hit[1] };
  };
  const title = first([
    [fromLd("headline"), "JSON-LD headline"],
    [meta("property", "og:title"), "og:title"],
    [meta("name", "twitter:title"), "twitter:title"],
    [meta("name", "citation_title"), "citation_title"],
    [meta("name", "dc.title"), "dc.title"],
    [oneLine(document.querySelector("title")?.textContent), "<title>"],
  ]);
  if (title) found.title = title;
  const dates: [string | undefined, string][] = [
    [fromLd("datePublished"), "JSON-LD datePublished"],
    [meta("property", "article:published_time"), "article:published_time"],
    [meta("name", "citation_publication_date"), "citation_publication_date"],
    [meta("name", "dc.date"), "dc.date"],
    [meta("name", "date"), '<meta name="date">'],
  ];
  const date = first(dates.map(([value, from]) => [value === undefined ? undefined : isoDate(value), from]));
  if (date) found.date = date;
  const author = first([
    [fromLd("author", names), "JSON-LD author"],
    [meta("name", "author"), '<meta name="author">'],
    [meta("name", "citation_author"), "citation_author"],
    [names(meta("property", "article:author")), "article:author"],
  ]);
  if (author) found.author = author;
  const publisher = first([
    [fromLd("publisher", names), "JSON-LD publisher"],
    [meta("property", "og:site_name"), "og:site_name"],
    [meta("name", "citation_publisher"), "citation_publisher"],
  ]);
  if (publisher) found.publisher = publisher;
  const url = first([
    [webAddress(meta("property", "og:url")), "og:url"],
    [
      webAddress(document.querySelector('link[rel="canonical" i]')?.getAttribute("href") ?? undefined),
      "canonical link",
    ],
  ]);
  if (url) found.url = url;
  return found;
}
