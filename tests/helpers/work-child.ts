// `node --import tsx tests/helpers/work-child.ts <case> <bytes>`: measures, in a process of its own, the work of one
// case with every regular expression counted (tests/helpers/work.ts, `regexps`), and prints it as JSON. Cases:
// "suggest-one-paragraph": suggestAnnotations on a generated text of <bytes> written as one paragraph.
import { panelText } from "../../bench/panel-text.js";
import { readCorpusFiles } from "../../src/ingest/read.js";
import { validateCorpus } from "../../src/ingest/validate.js";
import type { LoadedSource } from "../../src/model/corpus.js";
import { knownEntities, suggestAnnotations } from "../../src/suggest/suggest.js";
import { DATA_DIR } from "./paths.js";
import { measureWork } from "./work.js";

const [name, bytes] = [process.argv[2], Number(process.argv[3])];
if (name !== "suggest-one-paragraph" || !(bytes > 0))
  throw new Error("usage: work-child.ts suggest-one-paragraph <bytes>");
const raw = readCorpusFiles(DATA_DIR);
const corpus = validateCorpus(raw);
const known = knownEntities(raw, corpus, "generated");
const text = panelText(bytes, 1).replace(/\n+/gu, " ");
const source = { file: "sources/generated.txt", text, meta: { id: "generated", title: "Generated" } };
const work = measureWork(() => suggestAnnotations(source as LoadedSource, known, new Set(corpus.entities.keys())), {
  regexps: true,
});
process.stdout.write(
  `${JSON.stringify({ elements: work.elements, characters: work.characters, claims: work.result.claims.length })}\n`,
);
