// A member's question in a hearing: whom it is put to, which is not what it mentions (tests/fixtures/eval/README.md,
// "Transcripts": "Dr Fenwick, should fares be capped?" addresses Dr Fenwick, it does not mention her).
import type { Span } from "./text.js";

/** Words that may open a sentence before the one it addresses: "Thank you, Dr Nair.", "Good morning, Ms Bell, …". */
const GREETING =
  /^(?:(?:and|so|now|well|okay|ok|right|finally|lastly|firstly|first|again|yes|no|sorry|please|briefly|thank\s+you(?:\s+(?:very\s+much|both|all|again))?|thanks|welcome|good\s+(?:morning|afternoon|evening)|hello|diolch(?:\s+yn\s+fawr)?|bore\s+da|prynhawn\s+da)\s*[,.!;:—–-]?\s*)*$/iu;
/** A title written before a name the text's mention may leave out: "Dr " before "Nair". */
const TITLE_BEFORE =
  /(?:^|\s)(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Baroness|Cllr|Councillor)\.?\s*$/u;
/** What follows a name that only calls on its bearer: a comma, a colon, a dash or the sentence's end. */
const AFTER_ADDRESS = /^\s*(?:[,:;—–]|[?.!…]|["”’)\]]|$)/u;
/**
 * A description of the one named between commas: "Ann Bell, the chief executive, said …" names her, it calls on no one
 * ("Dr Holt, from the engineering side?" does).
 */
const APPOSITION = /^\s*,\s*(?:the|a|an|who|whose|which|its|their|his|her|of|from|at)\b[^,?]*,/iu;
/** Words that turn to the one named next: "Can I turn to Dr Nair?", "I will come back to Ms Bell", "let me ask Ann". */
const TURNS_TO =
  /\b(?:(?:turn|come|move)(?:\s+(?:back|now|over|first|quickly))?\s+to|bring\s+in|begin(?:ning)?\s+with|put\s+(?:it|this|that|the\s+(?:same\s+)?question)\s+to|start(?:ing)?(?:\s+off)?\s+with|questions?\s+(?:(?:mainly|first|primarily|initially|specifically|directly|also|now)\s+)?(?:for|to)|(?:can|may|could|might)\s+(?:I|we)\s+(?:also\s+|just\s+|now\s+)?ask|let\s+(?:me|us)\s+(?:also\s+|just\s+|now\s+)?ask|over\s+to)\s+$/iu;

/** Words that may open a chair's sentence before its business: "Good morning. Our witnesses are …". */
const OPENING = String.raw`^(?:(?:good\s+(?:morning|afternoon|evening)|thank\s+you|and|so|now|first|firstly)\b[\s,.!]*)*`;
/**
 * The chair's business with those a sentence names, anywhere before the name: welcoming, introducing or thanking them
 * ("From the Fenby Trust, I welcome Ann Bell, its director, and Tom Reed", "Good morning and welcome to Ann Bell", "We
 * are joined by Dr Nair", "She is joined by Mr Reed, commissioner, and Ms Bell", "Joining us online is Ann Bell", "I
 * acknowledge the presence of Ann Bell", "I would like to introduce Ann Bell", "I thank Ms Bell for joining us",
 * "apologies from Ann Bell"): it greets the witnesses, it names no subject. Only in a sentence that asks nothing.
 */
const GREETS = new RegExp(
  String.raw`\b(?:(?:I|we)\s+(?:(?:would|should|['’]d)\s+like\s+to\s+|am\s+(?:pleased|delighted|glad|happy)\s+to\s+|want\s+to\s+|also\s+|now\s+)*(?:welcome|introduce|thank)|welcome(?:\s+(?:back|too|also))?\s+to|(?:is|are|be|been)\s+(?:now\s+|also\s+)?(?:joined|accompanied)(?:\s+(?:today|online|remotely|virtually|here|in\s+person|this\s+(?:morning|afternoon|evening)))*\s+by|joining\s+us(?:\s+(?:today|online|remotely|virtually|here|in\s+person|this\s+(?:morning|afternoon|evening)))*\s+(?:is|are)|acknowledge\s+the\s+presence\s+of|apologies\s+(?:have\s+been\s+received\s+)?from)\b|` +
    // "Our witnesses this morning are Ann Bell, …, and Tom Reed."
    String.raw`${OPENING}our\s+(?:first\s+|next\s+|second\s+|third\s+|final\s+)?(?:witness(?:es)?|guests?|panel(?:lists)?|speakers?)\s+(?:this\s+(?:morning|afternoon|evening)\s+|today\s+|here\s+|now\s+)?(?:are|is|will\s+be)\b`,
  "iu",
);
/** "We have Ann Bell, director of …; Tom Reed, …": the chair introducing the witnesses, a name right after "have". */
const INTRODUCES =
  /^(?:(?:Good\s+(?:morning|afternoon|evening)|Thank\s+you|And|So|Now)\b[\s,.!]*)*(?:We|I)\s+have\s+(?:with\s+us\s+|here\s+|before\s+us\s+)?(?:today\s+|this\s+(?:morning|afternoon|evening)\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Sir|Dame|Lord|Lady|Baroness|Cllr)\.?\s+)?\p{Lu}\p{Ll}/u;

/**
 * Whether the name at `name`, inside a question's `sentence`, only addresses the one it names: at the sentence's start
 * before a comma ("Dr Nair, is Skerray unusual?", after a greeting: "Thank you. Dr Nair, …", "Good morning, Ms Bell,
 * …"), at its end after one ("… unusual, Dr Nair?"), after words that turn to them ("Can I turn to Dr Nair?",
 * "starting with Ann", "a question mainly for Ann"), or in the chair's welcome, introduction or thanks ("I welcome Ann
 * Bell, of the Fenby Trust, and Tom Reed", "We have Ann Bell, director of …; Tom Reed, …", "Our witnesses are …").
 * A name the question is about stays a mention: "Did Ann Bell's report reach you?", "Ann Bell, the chief executive,
 * told us …", "Have you spoken to Ann Bell?".
 */
export function addressesOnly(text: string, sentence: Span, name: Span): boolean {
  const lead = text.slice(sentence.start, name.start).replace(/^[\s"“‘'(]+/u, "");
  const title = TITLE_BEFORE.exec(lead);
  const before = title ? lead.slice(0, title.index) : lead;
  const after = text.slice(name.end, sentence.end);
  // "Ann Bell's report": a name owning something is its sentence's subject, whatever leads to it.
  if (/^['’]s?\b/u.test(after)) return false;
  if (TURNS_TO.test(before)) return true;
  // Welcomes and introductions are statements: "I welcome what Ann Bell said, but is it enough?" asks about her.
  const greets = GREETS.test(before) || INTRODUCES.test(lead + text.slice(name.start, name.end));
  if (greets && !asksSomething(text, sentence)) return true;
  if (!AFTER_ADDRESS.test(after) || APPOSITION.test(after)) return false;
  // Opening the sentence, after nothing or a greeting: "Dr Nair, …", "Thank you, Dr Nair.", "Diolch, Ms Bell."
  if (GREETING.test(before)) return true;
  // Closing it, after a comma: "… unusual, Dr Nair?", "… land, Ms Bell."
  return /,\s*$/u.test(before) && /^\s*[?.!…]*["”’)\]]?\s*$/u.test(after);
}

/** Whether a sentence asks something: it ends in a question mark ("… to recommend?", "… land?”"). */
export function asksSomething(text: string, sentence: Span): boolean {
  return /\?[\s"”’')\]]*$/u.test(text.slice(sentence.start, sentence.end));
}
