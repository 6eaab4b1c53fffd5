// XML text and attribute escaping for the XML exports (GEXF, GraphML).

// Most values need nothing done: checking first, with a regular expression without the slow `u` flag, is much faster.
// Anything outside plain BMP text without markup characters (surrogates included) takes the full path.
const NEEDS_WORK =
  /[^\u0020-\u0021\u0023-\u0025\u0027-\u003B\u003D\u003F-\u0084\u0086-\u2027\u202A-\uD7FF\uE000-\uFFFD]/;

// What the full path rewrites, in one pass: markup characters and line ends (as references), and the characters XML 1.0
// cannot carry (control characters, U+FFFE/U+FFFF, and surrogates, of which only the lone ones are replaced).
const REWRITE = /[&<>"\n\r\t\u0085\u2028\u2029\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function rewrite(c: string, at: number, value: string): string {
  const escaped = ESCAPES[c];
  if (escaped !== undefined) return escaped;
  const code = c.charCodeAt(0);
  if (isHigh(code) && isLow(value.charCodeAt(at + 1))) return c;
  if (isLow(code) && isHigh(value.charCodeAt(at - 1))) return c;
  return "\uFFFD";
}

/**
 * Escapes a value for an attribute in double quotes or for text. Newlines, tabs and other line ends become character
 * references so attribute-value normalisation keeps them; characters XML 1.0 cannot carry at all become U+FFFD.
 */
export function escapeXml(value: string): string {
  return NEEDS_WORK.test(value) ? value.replace(REWRITE, rewrite) : value;
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
