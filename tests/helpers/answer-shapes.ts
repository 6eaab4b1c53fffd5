// The keys, in order, of a `query who-spoke-on --json` answer as docs/cli.md documents it: `whoSpokeOn()` and the
// CLI's JSON are both held to this one list.
export const WHO_SPOKE_ON_KEYS = {
  answer: ["theme", "speakers", "panels"],
  speaker: ["id", "label", "organisations", "score", "kind", "statements", "evidence"],
  evidence: ["source", "kind", "quote", "start", "end"],
  panel: ["id", "label", "themes", "members", "kind", "statements", "evidence"],
  member: ["id", "label", "organisations", "spokeOnIt"],
};
