// XML text and attribute escaping for the XML exports (GEXF, GraphML).

// Most values need nothing done: checking first, with a regular expression without the slow `u` flag, is much faster.
// Anything outside plain BMP text without markup characters (surrogates included) takes the full path.
const NEEDS_WORK =
  /[^\u0020-\u0021\u0023-\u0025\u0027-\u003B\u003D\u003F-\u0084\u0086-\u2027\u202A-\uD7FF\uE000-\uFFFD]/;

// XML 1.0 allows tab, LF, CR and everything from U+0020 except lone surrogates and U+FFFE/U+FFFF.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Control characters, surrogates (paired ones are fine, but the `u` check tells) and U+FFFE/U+FFFF. */
const UNUSUAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Escapes a value for an attribute in double quotes or for text. Newlines, tabs and other line ends become character
 * references so attribute-value normalisation keeps them; characters XML 1.0 cannot carry at all become U+FFFD.
 */
export function escapeXml(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  const carried = UNUSUAL.test(value) ? value.replace(NOT_XML_CHAR, "\uFFFD") : value;
  return carried.replace(/[&<>"\n\r\t\u0085\u2028\u2029]/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\n": "&#10;",
  "\r": "&#13;",
  "\t": "&#9;",
  // Line ends to XML 1.1 and to some parsers (xmldom turns a raw U+2028 into a space); a reference keeps them.
  "\u0085": "&#133;",
  "\u2028": "&#8232;",
  "\u2029": "&#8233;",
};
