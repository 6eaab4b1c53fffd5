// Recommendations: sentences that say what should be done ("should", "must", "calls for", "recommend…", "we need
// to", "is needed"), and whether one the corpus already knows says the same.
import type { KnownEntities, KnownEntity } from "./known.js";
import { wordCount } from "./text.js";

const RECOMMENDING =
  /\b(?:should|must|ought to|calls? for|called for|calling for|calls? on|called on|calling on|campaign(?:s|ed|ing)? (?:to|for)|recommend(?:s|ed|ing)?|urges?|urged|propose[sd]?|proposing|needs? to|we (?:(?:really|desperately|urgently|badly|simply|just|also|now|still|all)\s+)?need|(?:warn|stress|highlight|emphasi[sz]|underlin|underscor|point)\w*\s+(?:to\s+|of\s+)?the\s+(?:\w+\s+)?need\s+(?:for|to)|is needed|are needed|(?:said|says|argued|warned|added|insisted|believed?)\b[^.;]*\b(?:was|were)\s+(?:\w+\s+)?needed|is required|are required|(?:have|has) to (?!a\b|an\b|the\b|do with\b)|would like (?:\w+ )?to see|suggestion would be|(?:wants?|wanted)\s+(?:the|a|an|its|their|his|her|our|all|every|ministers|councils|government)\s+(?:[\w’'-]+\s+){0,4}?(?:rewritten|scrapped|changed|extended|reformed|abolished|raised|lowered|funded|restored|removed|replaced|reviewed|ring-fenced|devolved|simplified|frozen|capped|published|extended)\b|\b(?:i|we)\s+(?:would\s+|very\s+much\s+)?(?:hope|trust|expect)\s+(?:that\s+)?(?:the\s+)?(?:government|ministers?|department|treasury|councils?|secretary\s+of\s+state|chancellor|regulator)\s+(?:will|would|can)\b|it is necessary|it is essential|(?:is|was)\s+[“"‘']?(?:vital|essential|crucial|imperative)[”"’']?\s+(?:that\s+|(?=(?:the|we|they|every|all|councils|government|ministers|it)\s)))\b/iu;

/**
 * The same words where they propose nothing: praise ("highly recommended reading", "I would recommend the book"),
 * manners of speaking ("I must say", "it should be noted", "I have to admit"), "calls for" as news ("heard calls for"),
 * a must-read.
 */
const IDIOM = new RegExp(
  [
    "\\b(?:highly|strongly|warmly|thoroughly|heartily|well|widely)\\s+recommended\\b",
    "\\brecommended\\s+(?:reading|listening|viewing|read|watch|books?)\\b",
    "\\b(?:would|can|could|['’]d|i|we)\\s+(?:\\w+\\s+)?recommend\\s+(?:it|this|that|the|his|her|their|a|an|your|our)\\s+(?:[\\w’'-]+\\s+){0,3}?" +
      "(?:book|film|podcast|report|article|read|paper|talk|documentary|session|event|website|blog|series|episode|programme|restaurant|course|chapter)s?\\b(?!\\s+(?:be|is|are|should)\\b)",
    "\\brecommend\\s+(?:it|them)\\s+(?:to|highly)\\b",
    // "We would recommend their guidance to any commissioner": praise passed on to readers, not a proposal.
    "\\brecommend\\s+(?!that\\b)(?:[\\w’'-]+\\s+){1,5}?to\\s+(?:any|anyone|anybody|everyone|everybody|all|every|those|readers|colleagues|you|people|others)\\b",
    // "Should you wish to attend, …": an inverted condition.
    "^\\s*should\\s+(?:you|we|they|anyone|anybody|readers|members|he|she|it|there|this|that)\\s+[^,.;]*,",
    // "Readers who want the detail should see the annex": a pointer to more reading, not a proposal.
    "\\bshould\\s+(?:see|read|consult|visit|refer\\s+to|look\\s+at|contact|email|write\\s+to|register|get\\s+in\\s+touch|click|follow)\\b",
    // "asked whether community schemes should be allowed …": a question put, reported.
    "\\b(?:asked|asks|asking|wondered|wonders|queried|queries|questioned)\\s+(?:\\w+\\s+)?(?:whether|if|why|how|what|when)\\b.*$",
    // "what we think should happen next": what a text will go on to say, not a proposal.
    "\\b(?:what|how)\\s+(?:[\\w’']+\\s+){0,3}?(?:should|must|ought\\s+to|needs?\\s+to)\\s+(?:happen|be\\s+done|change)\\b",
    // "The debate was proposed by Lord X": who moved a motion.
    "\\b(?:was|were|been|being|is|are)\\s+(?:first\\s+|originally\\s+|previously\\s+|initially\\s+)?proposed\\s+(?:by|under|in|last|before|years)\\b",
    // "who could propose further changes": what someone may do, not a proposal.
    "\\b(?:could|may|might|can|cannot|can['’]t)\\s+(?:\\w+\\s+)?(?:propose|recommend|call\\s+for|urge)\\b",
    // "…, meaning landlords must ensure …": what a measure entails.
    ",\\s+meaning\\s+(?:that\\s+)?.*$",
    // "People need to use these services or they will lose them": a warning of what follows, not a proposal.
    "\\b(?:needs?|have|has)\\s+to\\s+[^,.;]*?\\s+or\\s+(?:else\\s+)?(?:they|we|you|it|people|he|she)\\s+(?:will|could|may|might)\\b",
    // "Nobody should mistake our goodwill for a plan": a warning with no one to act.
    "\\b(?:nobody|no\\s+one|no-one)\\s+(?:should|must|ought\\s+to|needs\\s+to|has\\s+to)\\b",
    // "whether councils should …", "if the government should decide …", "unless the council must …": a question put
    // or a condition, not a proposal.
    "\\bwhether\\b.*$",
    "\\b(?:if|unless)\\s+(?:[\\w’'-]+\\s+){0,4}?(?:should|must|needs?\\s+to|ha(?:ve|s)\\s+to)\\b",
    // "Should the bill pass, …", "Should ministers reject the plan, …": an inverted condition.
    "^\\s*(?:but\\s+|and\\s+)?should\\s+[^,.;?]*,",
    // What a law or a scheme does: "Under the bill, councils would have to …", "Applicants must show …", "Schools must
    // now publish …", "Councils are required to …", "the proposed bypass", "as recommended by the auditor".
    "\\bunder\\s+(?:the|its|a|new|this|these|those|current|existing)\\s+(?:[\\w-]+\\s+){0,3}?(?:act|bill|law|rules?|regulations?|schemes?|plans?|proposals?|guidance|deal|agreement|duty|code|framework|terms|contracts?|legislation|system|changes)\\b.*$",
    "\\b(?:applicants|applications|bids|bidders|claimants|candidates|entrants|participants|recipients|tenderers)\\s+(?:will\\s+)?(?:must|should|need\\s+to|have\\s+to)\\b",
    "\\bmust\\s+be\\s+(?:spent|submitted|received|claimed|used|returned|registered|lodged|made|paid|repaid|approved|agreed|passed|signed|ratified|laid|debated)\\s+(?:by|before|within|no\\s+later)\\b",
    "\\b(?:must|have\\s+to|has\\s+to)\\s+now\\b|\\bnow\\s+(?:must|ha(?:ve|s)\\s+to)\\b",
    "(?<!\\b(?:more|additional|extra|further|greater|urgent|new)\\s+(?:\\w+\\s+)?)(?<!\\b(?:funding|money|investment|action|change|reform|work)\\s+)\\b(?:is|are|was|were)\\s+(?:already\\s+|now\\s+|legally\\s+|also\\s+)?required\\s+(?:by\\s+law\\s+)?to\\b",
    "\\b(?:the|a|an|its|their|his|her|these|this|those|our)\\s+(?:\\w+\\s+)?(?:proposed|recommended|required)\\s+(?!that\\b|to\\b|by\\b)",
    "\\bas\\s+(?:\\w+\\s+)?(?:recommended|proposed|required|urged|called\\s+for)\\s+by\\b",
    // A call of the past, already met or reported as history, and a call not made: "had called for … in 2019",
    // "stopped short of calling for", "did not call for", "declined to recommend".
    "\\bhad\\s+(?:\\w+\\s+)?(?:called|urged|recommended|proposed|campaigned|demanded|pressed)\\b",
    "\\b(?:did\\s+not|didn['’]t|does\\s+not|doesn['’]t|never|stopped\\s+short\\s+of|refused\\s+to|declined\\s+to|stop\\s+short\\s+of)\\s+(?:\\w+\\s+)?(?:call(?:ed|ing|s)?|urg(?:e|ed|ing)|recommend(?:ed|ing|s)?|propos(?:e|ed|ing)|demand(?:ed|ing)?)\\b",
    // "Abbott and Kerr said they should, but …": an answer to a question put, the modal with its verb left out.
    "\\b(?:said|say|says|agreed|thought|think|argued)\\s+(?:that\\s+)?(?:they|it|he|she|we|i|councils|ministers)\\s+(?:should|must|ought\\s+to)(?:\\s+not)?(?=\\s*(?:[,.;:]|$|\\s(?:but|and|or|too|though)\\b))",
    // A forecast and an obligation of fact: "fares should rise by the spring", "the bridge should open later this
    // year", "councils will have to find savings" (but "the government will need to fund …" proposes), "we need to remember …".
    "\\bshould\\s+(?:\\w+\\s+)?(?:rise|fall|drop|grow|increase|decrease|ease|peak|improve|arrive|open|start|begin|finish|last|come|reach|return|be\\s+(?:ready|complete|completed|finished|open|available))\\b(?=[^.;]*\\b(?:by|next|this|later|soon|shortly|within|before|in\\s+(?:\\d{4}|the\\s+(?:coming|next|new)|spring|summer|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december)))",
    "\\b(?:will|would|['’]ll|are\\s+going\\s+to|is\\s+going\\s+to)\\s+(?:\\w+\\s+)?(?:have|has)\\s+to\\b",
    "\\b(?:we|you|i|one|they)\\s+(?:(?:also|all|really|just|still)\\s+)?(?:must|should|need\\s+to|have\\s+to)\\s+(?:not\\s+)?(?:remember|recall|forget|bear\\s+in\\s+mind|keep\\s+in\\s+mind|recognise|recognize|acknowledge|accept\\s+that|be\\s+clear|be\\s+honest|be\\s+realistic|remind\\s+ourselves|understand\\s+that)\\b",
    // A chair's procedure: "we must move on", "I must ask witnesses to …", "Members should note …", "we will have to
    // stop there", "I should be grateful if …".
    "\\b(?:we|i)\\s+(?:(?:really|now|probably|just|then)\\s+)?(?:must|should|need\\s+to|have\\s+to)\\s+(?:move\\s+on|make\\s+progress|stop\\s+(?:there|here)|leave\\s+it\\s+there|wrap\\s+up|finish|conclude|close|pause|press\\s+on|get\\s+on|turn\\s+to|come\\s+to|bring\\s+in|ask\\s+(?:you|witnesses|members|everyone|colleagues)|remind|note)\\b",
    "\\b(?:members|witnesses|colleagues|everyone)\\s+(?:should|must|will\\s+want\\s+to)\\s+(?:note|be\\s+aware|know)\\b",
    "\\b(?:i|we)\\s+(?:should|would)\\s+be\\s+(?:grateful|glad|happy)\\b",
    "\\bmust[- ](?:read|see|watch|listen|have)s?\\b(?=[\\s.,;!]|$)(?<!must have)",
    "\\ba\\s+must\\b",
    "\\b(?:i|we)\\s+(?:must|should|have\\s+to|need\\s+to)\\s+(?:say|admit|confess|declare|add|mention|stress|point\\s+out|be\\s+honest|thank|apologise|apologize)\\b",
    "\\b(?:it|this)\\s+(?:must|should|has\\s+to)\\s+be\\s+(?:said|noted|admitted|stressed|remembered|acknowledged)\\b",
    "\\bmust\\s+have\\s+(?:been|\\w+ed)\\b",
    "\\b(?:heard|amid|growing|renewed|repeated|faces?|facing|despite|ignored)\\s+(?:\\w+\\s+)?calls\\s+for\\b",
    "\\bthere\\s+(?:have\\s+been|were|are|has\\s+been)\\s+(?:\\w+\\s+)?calls\\s+for\\b",
    "\\bcalls?\\s+for\\s+(?:evidence|papers|proposals|submissions|views|nominations|expressions\\s+of\\s+interest)\\b",
  ].join("|"),
  "giu",
);

/** Whether a sentence recommends something: it has a recommending phrase and is a statement, not a question. */
export function isRecommendation(sentence: string): boolean {
  const trimmed = sentence.trim();
  if (trimmed.endsWith("?") || wordCount(trimmed) < 5) return false;
  return RECOMMENDING.test(trimmed.replace(IDIOM, " "));
}

const STOP = new Set(
  "a an and are as at be been but by can could do for from has have in into is it its more most of on or our should so that the their them these they this to was we were will with would must need needs".split(
    " ",
  ),
);

function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !STOP.has(w))
      .map((w) => w.replace(/(?:ies|es|s|ing|ed)$/u, "")),
  );
}

/** The known recommendations with their content words, worked out once per set of known entities. */
const recommendationWords = new WeakMap<KnownEntities, { entity: KnownEntity; words: Set<string> }[]>();

/** Verbs a spoken proposal opens with, in the imperative: "Give counties the power to …", "Fund councils for five years". */
const IMPERATIVE =
  /^(?:(?:so|and|but|first|second|third|finally|simply|just|please)[,:]?\s+)?(?:let(?!\s+(?:me|us)\b)|give|fund|make|stop|end|scrap|introduce|invest|ring-fence|guarantee|allow|require|ensure|create|set|build|restore|extend|reform|replace|raise|abolish|expand|protect|legislate|publish|commit|pay|train|treat|bring|put|support|devolve|remove|cap|lift|increase|reduce)\b(?!\s+(?:or|no|it\s+be|is|was|are|were|has|had|will|would|can|could|may|might|remains|and)\b|['’]s\b)/iu;

/**
 * Whether a speaker's sentence proposes something in the imperative ("Give counties the power to run their own bus
 * companies."): a statement of five words or more opening with a verb of action. Only for speech: in narrative the
 * same opening is rare and is usually a heading.
 */
export function isProposal(sentence: string): boolean {
  const trimmed = sentence.trim().replace(/^["“‘]/u, "");
  // A fragment quoted inside a sentence ("would “give tenants more say”") goes on from the words before it: it opens
  // in lower case, where a spoken imperative opens a sentence.
  if (trimmed.endsWith("?") || wordCount(trimmed) < 5 || !/^\p{Lu}/u.test(trimmed)) return false;
  return IMPERATIVE.test(trimmed);
}

/**
 * A line that introduces a list of proposals: "We are calling on the Department to:", "The proposals discussed at
 * the event were:", "Our recommendations:". The list's items are recommendations, imperative or not.
 */
export function introducesProposals(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed.endsWith(":")) return false;
  return (
    RECOMMENDING.test(trimmed.replace(IDIOM, " ")) ||
    /\b(?:proposals?|recommendations?|demands|asks|calls|priorities|we\s+want|we\s+would\s+like)\b/iu.test(trimmed)
  );
}

/** A known recommendation that says much the same (half its words or more in common), if one does. */
export function knownRecommendation(sentence: string, known: KnownEntities): KnownEntity | undefined {
  const words = contentWords(sentence);
  let recommendations = recommendationWords.get(known);
  if (!recommendations) {
    recommendations = known
      .ofType("recommendation")
      .map((entity) => ({ entity, words: contentWords(`${entity.text ?? ""} ${entity.label}`) }));
    recommendationWords.set(known, recommendations);
  }
  let best: { entity: KnownEntity; score: number } | undefined;
  for (const { entity, words: theirs } of recommendations) {
    const shared = [...words].filter((w) => theirs.has(w)).length;
    const score = shared / Math.min(words.size, theirs.size || 1);
    if (score >= 0.6 && shared >= 4 && (!best || score > best.score)) best = { entity, score };
  }
  return best?.entity;
}

/** A short label for a new recommendation: the sentence, cut at a word before 80 characters. */
export function recommendationLabel(text: string): string {
  const clean = text
    .replace(/\s+/gu, " ")
    .replace(/[.!]+$/u, "")
    .trim();
  if (clean.length <= 80) return clean;
  const cut = clean.slice(0, 80);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}
