// Strict XML parsing for the export tests: a real parser (xmldom), with every well-formedness error thrown.
import { DOMParser } from "@xmldom/xmldom";

/** Parses XML strictly: any well-formedness error throws. */
export function parseXml(xml: string) {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(message);
    },
  }).parseFromString(xml, "text/xml");
}
