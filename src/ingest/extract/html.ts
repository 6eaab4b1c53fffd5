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
  withoutConsentBanners(document);
  // Readability changes the document it reads: the metadata is read first, and the page's heading block from a copy.
  const page = parseHTML(html).document;
  withoutConsentBanners(page);
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  const fragment = parseHTML(`<!DOCTYPE html><html><body>${article?.content ?? ""}</body></html>`).document;
  withoutPullQuotes(fragment);
  const paragraphs = paragraphsOf(fragment.body as never);
  // Readability takes the page's heading out of the text as its title, and may drop the lines under it (a debate's
  // "debated on …" line, a section's "Second Reading") with a block whose class it takes for a site's header. They
  // are the text's opening all the same: the heading names the hearing and a dated line gives the date. Only the
  // page's own words: a <title>'s site suffix (" - Hansard") is not in the page, and evidence must be.
  const heading = pageHeading(page, [article?.title, found.title?.value]);
  if (heading !== undefined && !paragraphs.slice(0, 3).some((p) => p.includes(heading.text))) {
    paragraphs.unshift(heading.text, ...leadLines(page, heading.element, paragraphs));
  }
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

/** An element of a page, as far as the walks below need them. */
type PageElement = NonNullable<ReturnType<Doc["querySelector"]>>;

/** A consent banner's class, id or label: "cookie-banner", "cookie-consent", "gdpr", "cmp-container". */
const CONSENT = /cookie|consent|gdpr|\bcmp\b/iu;
/** A consent banner is short: a block named so but holding more words is something else (a recipe's "cookies"). */
const CONSENT_WORDS = 120;
/** What a consent banner says (a short "Informed consent" section of an article says none of it). */
const CONSENT_WORDING = /cookie|privacy|personal data|personali[sz]|tracking|\baccept\b/iu;

const words = (text: string | null | undefined) => (text ?? "").split(/\s+/u).filter(Boolean).length;
const marks = (e: PageElement) =>
  [e.getAttribute("id"), e.getAttribute("class"), e.getAttribute("aria-label")].filter(Boolean).join(" ");

/**
 * Takes a page's cookie and consent banners out before Readability reads it: it drops most as it drops a site's
 * banners, but keeps one whose class it does not know ("cookie-consent") when its words read as a sentence.
 */
function withoutConsentBanners(document: Doc): void {
  for (const element of [...document.querySelectorAll("body *")]) {
    if (!element.isConnected || !CONSENT.test(marks(element))) continue;
    const text = element.textContent ?? "";
    if (words(text) <= CONSENT_WORDS && CONSENT_WORDING.test(text)) element.remove();
  }
}

/** A quotation's words for comparing: lower case, no quotation marks, dashes or ellipses, white space collapsed. */
const quoteKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/["“”‘’'«»…]|\.\.\./gu, " ")
    .replace(/\s+/gu, " ")
    .replace(/^[\s,.;:–—-]+|[\s,.;:–—-]+$/gu, "");

/**
 * Takes out a pull quote: a block quotation or aside that repeats words the article's text gives elsewhere (the
 * designer's copy of a sentence of the body). Kept, it would be a paragraph of its own and the words would occur twice,
 * so evidence quoting them could not say which; the body's sentence, with its speaker, is the one the text keeps. A
 * quotation whose words the body does not give is kept.
 */
function withoutPullQuotes(fragment: Doc): void {
  for (const quote of [...fragment.querySelectorAll("blockquote, aside")]) {
    if (!quote.isConnected) continue;
    const copy = quote.cloneNode(true) as PageElement;
    for (const credit of copy.querySelectorAll("cite, footer, figcaption")) credit.remove();
    const own = quoteKey(copy.textContent ?? "");
    if (own.length < 20) continue;
    const all = quoteKey(fragment.body.textContent ?? "");
    const first = all.indexOf(own);
    if (first === -1 || all.indexOf(own, first + 1) === -1) continue;
    const figure = quote.parentElement?.tagName.toLowerCase() === "figure" ? quote.parentElement : undefined;
    quote.remove();
    // A figure that held only the quotation and its credit goes with it.
    if (figure && !figure.querySelector("p, blockquote, img, table")) figure.remove();
  }
}

const HEADING_WORDS = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * The page's own heading: the <h1> whose words the title gives most of (half at least), else the first <h1> of its
 * main content; none when the page has no <h1>.
 */
function pageHeading(
  page: Doc,
  titles: (string | null | undefined)[],
): { text: string; element: PageElement } | undefined {
  const candidates = [...page.querySelectorAll("body h1")].flatMap((element) => {
    const text = oneLine(element.textContent);
    return text === undefined ? [] : [{ text, element }];
  });
  const titleWords = titles.flatMap((t) => (t ? [HEADING_WORDS(t)] : []));
  let best: { text: string; element: PageElement } | undefined;
  let bestShare = 0.5;
  for (const candidate of candidates) {
    const own = [...HEADING_WORDS(candidate.text)];
    for (const title of titleWords) {
      const share = own.length ? own.filter((w) => title.has(w)).length / own.length : 0;
      if (share > bestShare || (share === bestShare && best === undefined)) [best, bestShare] = [candidate, share];
    }
  }
  return best ?? candidates.find((c) => c.element.closest("main, article, [role=main]"));
}

/** The marker paragraphsOf puts before a list item: "- ", "3. ", indented under its item when nested. */
const LIST_MARKER = /^ *(?:-|\d+\.) /u;
/** Elements whose content is a line of a heading block, read whole. */
const LEAD_BLOCKS = new Set(["p", "h2", "h3", "h4", "h5", "h6", "div", "time", "span", "dd", "dt", "li", "small"]);
/** Elements that hold blocks: a line of the heading block holds none of them. */
const CONTAINERS = "p, div, h1, h2, h3, h4, h5, h6, ul, ol, li, table, section, article, blockquote, figure";
/** What is no line of the heading block: navigation, a form, share buttons, breadcrumbs. */
const NOT_LEAD = /share|social|breadcrumb|advert|promo|newsletter|subscribe|related|skip/iu;
/** A page's furniture by its words: an advert's label, a reading time, a player's button. */
const FURNITURE_LINE =
  /^(?:advertisement|advert|sponsored(?: content)?|listen(?: to this article)?|\d+\s*min(?:ute)?s?\s+read)$/iu;
/** At most this many lines, each of at most LEAD_LENGTH characters: a heading block, not the body. */
const LEAD_LINES = 6;
const LEAD_LENGTH = 300;

/**
 * The lines between the page's heading and the first paragraph of the text Readability kept: a dated line ("Volume
 * 812: debated on Tuesday 17 November 2026"), a section's heading ("Second Reading"), a standfirst. Navigation, forms,
 * links and share buttons there are passed over. None when the kept text is not found after the heading within a few
 * short lines: then what lies between is not a heading block.
 */
function leadLines(page: Doc, heading: PageElement, kept: string[]): string[] {
  // A list item read alone has no marker: the kept text's "- item" is found as "item".
  const keptSet = new Set(kept.flatMap((p) => [p, p.replace(LIST_MARKER, "")]));
  const all = [...page.querySelectorAll("body *")];
  const lines: string[] = [];
  let inside: PageElement | undefined; // an element read or passed over whole: its descendants are not read again
  for (let i = all.indexOf(heading) + 1; i < all.length; i++) {
    const element = all[i]!;
    if (heading.contains(element) || (inside && inside.contains(element))) continue;
    const tag = element.tagName.toLowerCase();
    const text = paragraphsOf(element as never).join(" ");
    if (keptSet.has(text)) return lines;
    if (!text) continue;
    if (
      ["nav", "form", "button", "select", "script", "style", "template", "aside", "figure", "img", "svg"].includes(
        tag,
      ) ||
      element.closest("nav, form, [hidden], [aria-hidden=true]") ||
      NOT_LEAD.test(marks(element))
    ) {
      inside = element;
      continue;
    }
    if (!LEAD_BLOCKS.has(tag) || element.querySelector(CONTAINERS)) continue; // read its children
    inside = element;
    const linked = [...element.querySelectorAll("a")].reduce((n, a) => n + (a.textContent ?? "").length, 0);
    if (linked > text.length / 2 || FURNITURE_LINE.test(text)) continue;
    if (text.length > LEAD_LENGTH || lines.length === LEAD_LINES) return [];
    lines.push(text);
  }
  return [];
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
  // Of a site's name in parts ("Hansard - Fenland Parliament"), the publisher is the last.
  let publisher: string | undefined;
  if (known.has(fold(tail))) [site, rest] = [tail, title.value.slice(0, last - parts.at(-1)!.separator.length)];
  else if (known.has(fold(head))) [site, rest] = [head, title.value.slice(head.length + parts[0]!.separator.length)];
  else {
    const before = title.value.slice(0, last - parts.at(-1)!.separator.length);
    const bar = /[|·•»]|::/u.test(parts.at(-1)!.separator);
    if (bar || headings.some((h) => fold(h) === fold(before))) [site, rest] = [tail, before];
    // "Heading - Section - Site": the page's heading is the first part, the rest is the site's (a section and a name).
    else if (parts.length > 1 && headings.some((h) => fold(h) === fold(head))) {
      [site, rest] = [title.value.slice(head.length + parts[0]!.separator.length), head];
      publisher = tail;
    }
  }
  if (site === undefined || rest === undefined || !/\p{L}/u.test(rest)) return;
  found.title = { value: rest.trim(), from: `${title.from}, without the site name ${JSON.stringify(site)}` };
  found.publisher ??= { value: publisher ?? site, from: `the site name in ${title.from}` };
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
