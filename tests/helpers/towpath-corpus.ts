// A small corpus for the viewer's search (people by role, passages by their words), a theme panel's speaker counts
// and repaired punctuation. Written for the panelgraph tests: the people, the trust and the sentences are invented.
//
// One hearing, whose text file has a damaged character (U+0E42) where ’ “ ” stand, repaired by the loader. Ann Bell is
// the Fenby Trust's Vice Chair; she and Cal Reed spoke on River care, Dee Moss on its sub-theme Towpath repairs.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir, writeSource } from "./corpus.js";

const DAMAGED = "\u0e42";

/** The file's text: every ’ “ ” as the damaged character. */
export const TOWPATH_FILE = [
  "Towpath hearing",
  "Ann Bell, the Vice Chair of the Fenby Trust, opened the hearing.",
  "Ann Bell said: “River care needs a plan for every season.”",
  "Cal Reed said: “River care is everyone’s job.”",
  "Dee Moss said: “Towpath repairs are overdue, a think tank found.”",
]
  .join("\n")
  .replace(/[’“”]/gu, DAMAGED);

const REGISTRY = `people:
  - { id: ann-bell, label: Ann Bell }
  - { id: cal-reed, label: Cal Reed }
  - { id: dee-moss, label: Dee Moss }
organisations:
  - { id: fenby-trust, label: Fenby Trust }
themes:
  - { id: river-care, label: River care }
  - { id: towpath-repairs, label: Towpath repairs, parent: river-care }
`;

const ANNOTATIONS = `source: hearing
claims:
  - relation: affiliated-with
    from: ann-bell
    to: fenby-trust
    role: Vice Chair
    evidence:
      - { quote: "Ann Bell, the Vice Chair of the Fenby Trust", kind: reported }
  - relation: spoke-on
    from: ann-bell
    to: river-care
    evidence:
      - { quote: "River care needs a plan for every season.", kind: direct-quote }
  - relation: spoke-on
    from: cal-reed
    to: river-care
    evidence:
      - { quote: "River care is everyone’s job.", kind: direct-quote }
  - relation: spoke-on
    from: dee-moss
    to: towpath-repairs
    evidence:
      - { quote: "Towpath repairs are overdue, a think tank found.", kind: direct-quote }
`;

/**
 * Writes the corpus to a new temporary folder and returns the folder; `bom`: the text file opens with a UTF-8
 * byte-order mark (which the loader reads past).
 */
export function towpathCorpus({ bom = false }: { bom?: boolean } = {}): string {
  const dir = tempDir();
  mkdirSync(join(dir, "annotations"));
  writeFileSync(join(dir, "registry.yaml"), REGISTRY);
  const text = (bom ? "\ufeff" : "") + TOWPATH_FILE;
  writeSource(dir, {
    id: "hearing",
    title: "Towpath hearing",
    kind: "transcript-report",
    damagedCharacter: "U+0E42",
    text,
  });
  writeFileSync(join(dir, "annotations", "hearing.yaml"), ANNOTATIONS);
  return dir;
}
