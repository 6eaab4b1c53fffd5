// A small corpus for tests of name matching: two people, three themes whose labels share words ("health") and have
// single words no other theme has ("transport"). Written for the panelgraph tests.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir, writeSource } from "./corpus.js";

const TEXT = [
  "Nia Cole said: “Community health is where change starts.”",
  "Omar Hale said: “Mental health services are stretched.”",
  "Omar Hale added: “Rural transport keeps people from clinics.”",
].join("\n");
const REGISTRY = `people:
  - id: nia-cole
    label: Nia Cole
  - id: omar-hale
    label: Omar Hale
themes:
  - id: community-health
    label: Community health
  - id: mental-health
    label: Mental health services
    aliases: [mental health]
  - id: rural-transport
    label: Rural transport
    aliases: [buses]
`;

const ANNOTATIONS = `source: talk
claims:
  - relation: spoke-on
    from: nia-cole
    to: community-health
    evidence:
      - { quote: "Community health is where change starts.", kind: direct-quote }
  - relation: spoke-on
    from: omar-hale
    to: mental-health
    evidence:
      - { quote: "Mental health services are stretched.", kind: direct-quote }
  - relation: spoke-on
    from: omar-hale
    to: rural-transport
    evidence:
      - { quote: "Rural transport keeps people from clinics.", kind: direct-quote }
`;

/** Writes the corpus to a new temporary folder and returns the folder. */
export function namesCorpus(): string {
  const dir = tempDir();
  mkdirSync(join(dir, "annotations"));
  writeFileSync(join(dir, "registry.yaml"), REGISTRY);
  writeSource(dir, { id: "talk", title: "A talk", kind: "transcript-report", text: TEXT });
  writeFileSync(join(dir, "annotations", "talk.yaml"), ANNOTATIONS);
  return dir;
}
