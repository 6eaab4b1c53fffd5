// The words around a person's name that are not the name: titles and honorifics ("Dr", "Rt Hon", "Cllr") and the
// particles that open a surname ("Ní Bhriain", "van der Berg"). One list for suggest, which finds names in a text
// (src/suggest/names.ts), and merge-entity, which asks whether two people's given names differ
// (src/maintain/corpus-edit.ts). Here, not in names.ts: that module loads the language model, which only suggest may
// load (tests/cli/binary.test.ts).

/** Titles said before a name: a professional or civic one, a knighthood or a peerage ("Dr", "Cllr", "Sir", "Lord"). */
export const TITLE_WORDS = new Set([
  "dr",
  "prof",
  "professor",
  "cllr",
  "cllrs",
  "coun", // "Coun Ann Frith": Councillor as some local papers shorten it
  "councillors", // "Councillors Dee Mount, Raj Patel and Sue Lowe", as council minutes list those present
  "councillor",
  "sir",
  "dame",
  "lord",
  "lady",
  "baroness",
]);
/** Titles of anyone: "Mr", "Ms", "Mx". */
export const COMMON_TITLES = ["mr", "mrs", "ms", "miss", "mx"];
/** Every word of a title before a name, in lower case: "Rt Hon", "Revd", "Viscount" as well as the titles above. */
export const HONORIFICS = new Set([
  ...TITLE_WORDS,
  ...COMMON_TITLES,
  "rt",
  "hon",
  "right",
  "honourable",
  "rev",
  "revd",
  "reverend",
  "viscount",
  "earl",
  "countess",
  "baron",
]);

/** Whether `word` is a title or honorific ("Dr", "Rt", "Hon.", "Cllr"): HONORIFICS, case and a final full stop aside. */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.toLowerCase().replace(/\.$/u, ""));
}

/**
 * Particles that go before an Irish, Scottish, Welsh, Dutch, German, French, Spanish, Italian, Portuguese, Malay or
 * Arabic surname and are part of it: "Ní Bhriain", "Ó Briain", "bean Uí Bhriain", "Mac Giolla", "ap Rhys", "ferch
 * Huw", "van der Berg", "de la Cruz", "da Silva", "binti Aziz", "ibn Harun".
 */
export const SURNAME_PARTICLE =
  /^(?:n[ií]|nic|mhic|[oó]|u[ií]|ua|mac|mc|o['’]|d['’]|de|del|della|der|den|di|da|dos|das|do|du|la|le|van|von|ter|ten|bin|bean|ap|ab|ferch|verch|binti|ibn)$/iu;

/** Whether `word` is a particle that opens a surname ("Ní", "van", "de"): SURNAME_PARTICLE, case aside. */
export function isSurnameParticle(word: string): boolean {
  return SURNAME_PARTICLE.test(word);
}

/**
 * Letters written after a person's name, in lower case: a parliament's member ("MP", "MSP", "MS", "MLA", "TD", "MEP"),
 * an honour ("OBE"), a rank at the bar ("KC"), a fellowship or a degree ("FRS", "PhD").
 */
export const POST_NOMINALS = new Set([
  "mp",
  "msp",
  "ms",
  "as",
  "am",
  "mla",
  "mlc",
  "td",
  "mep",
  "mbe",
  "obe",
  "cbe",
  "kbe",
  "dbe",
  "kc",
  "qc",
  "frs",
  "frse",
  "jp",
  "dl",
  "phd",
]);

/**
 * A person's name as typed with the words that are not the name set aside: titles before it ("Mr", "Councillor",
 * "The Rt Hon") and letters after it ("MP", ", OBE"). The text itself when there are none, or when nothing else is left.
 */
export function withoutTitles(text: string): string {
  const words = text
    .trim()
    .split(/[\s,]+/u)
    .filter(Boolean);
  let [start, end] = [0, words.length];
  const bare = (word: string) => word.toLowerCase().replace(/\.$/u, "");
  // "The" opens a title only when one follows it ("The Rt Hon Ann Bell", "the Lord Reed"), not a name's first word.
  while (
    start < end &&
    (isHonorific(words[start]!) || (bare(words[start]!) === "the" && isHonorific(words[start + 1] ?? "")))
  )
    start++;
  while (end > start && POST_NOMINALS.has(bare(words[end - 1]!).replace(/\./gu, ""))) end--;
  return start === end ? text : words.slice(start, end).join(" ");
}
