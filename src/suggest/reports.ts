// A committee's report of an inquiry, as parliaments and public bodies print one: a title block ("Third Report of
// Session 2026–27", "Report, together with formal minutes", "Ordered by the House of Commons to be printed …"), the
// committee's membership, contents, numbered paragraphs and a section of conclusions and recommendations. A report is
// no occasion: nobody speaks in it as at a hearing, and the date it was ordered to be printed is no sitting's. Its
// draft says who wrote it instead: the committee the title block names, whose recommendations the report's are, its
// chair the committee's chair (docs/add-a-source.md, "Reports of inquiries").
import type { OrganisationFound } from "./organisations.js";
import type { Paragraph, Span } from "./text.js";

/** How many paragraphs a report's title block takes at most: its title, session, committee and print lines. */
const TITLE_BLOCK = 20;

/**
 * A line of a report's title block: "Third Report of Session 2026–27", "Special Report of Session …", "Report, together
 * with formal minutes relating to the report", "Ordered by the House of Commons to be printed 29 September 2026".
 */
const REPORT_LINE =
  /^(?:(?:\p{L}+|\d+(?:st|nd|rd|th))\s+)?(?:Special\s+)?Report\s+of\s+Session\b|^Report,?\s+together\s+with\s+(?:formal\s+)?minutes\b|^Ordered\s+by\s+the\s+(?:House|Senate|Assembly|Parliament)\b[^.]{0,60}\bto\s+be\s+printed\b/iu;

/** A body that writes a report of an inquiry: a committee or a commission ("Environment Committee"). */
const REPORTING_BODY = /\b(?:Committee|Commission)$/u;

export interface InquiryReport {
  /** The committee the title block names: the report's author. */
  committee?: { key: string; span: Span };
}

/**
 * Whether the text is a committee's report of an inquiry (its title block has a report's line), and the committee
 * its title block names, if it names one. Undefined for any other text: a write-up or a news story that speaks of a
 * report is none.
 */
export function inquiryReport(
  text: string,
  paragraphs: Paragraph[],
  organisations: Iterable<OrganisationFound>,
): InquiryReport | undefined {
  const block = paragraphs.slice(0, TITLE_BLOCK);
  if (!block.some((p) => REPORT_LINE.test(text.slice(p.start, p.end).trim()))) return undefined;
  const blockEnd = block.at(-1)?.end ?? 0;
  let committee: InquiryReport["committee"];
  for (const o of organisations) {
    if (!REPORTING_BODY.test(o.label)) continue;
    const span = o.spans.find((s) => s.end <= blockEnd);
    if (span && (!committee || span.start < committee.span.start)) committee = { key: o.key, span };
  }
  return committee ? { committee } : {};
}
