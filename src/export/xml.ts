// XML text and attribute escaping for the XML exports (GEXF, GraphML).

// XML 1.0 allows tab, LF, CR and everything from U+0020 except lone surrogates and U+FFFE/U+FFFF.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Escapes a value for an attribute in double quotes or for text. Newlines and tabs become character references so
 * attribute-value normalisation keeps them; characters XML 1.0 cannot carry at all become U+FFFD.
 */
export function escapeXml(value: string): string {
  return value.replace(NOT_XML_CHAR, "\uFFFD").replace(/[&<>"\n\r\t]/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\n": "&#10;",
  "\r": "&#13;",
  "\t": "&#9;",
};
