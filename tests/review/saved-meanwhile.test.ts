// A Review change checks the whole corpus before it writes (seconds on a large one): a save made to the same file in
// that moment (an editor, `suggest --force`) must not be replaced by the change, nor by an undo. Each test saves the
// file from inside that check.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { expect, it, vi } from "vitest";
import { ReviewSession } from "../../src/review/session.js";
import { draftCorpus, REVIEW_SOURCE } from "../helpers/review.js";

const NAME = `${REVIEW_SOURCE}.yaml`;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Runs `save` once, the next time the session checks the corpus (after it read the file, before it writes). */
function saveDuringCheck(session: ReviewSession, save: () => void): void {
  const checked = session as unknown as { newErrors: (...args: unknown[]) => unknown };
  const check = checked.newErrors;
  vi.spyOn(checked, "newErrors").mockImplementationOnce(function (this: unknown, ...args: unknown[]) {
    save();
    return check.apply(this, args);
  });
}

it("a change refuses (409) when the file was saved while the corpus was checked, and keeps that save", async () => {
  const { dir, file, draft } = await draftCorpus();
  const session = new ReviewSession(dir);
  const saved = `${draft}# saved in an editor meanwhile\n`;
  saveDuringCheck(session, () => writeFileSync(file, saved));
  const answer = session.change(NAME, sha256(draft), { type: "accept", claim: 0 });
  expect(answer.status).toBe(409);
  expect(readFileSync(file, "utf8")).toBe(saved);
});

it("an undo refuses (409) when the file was saved while the corpus was checked, and keeps that save", async () => {
  const { dir, file, draft } = await draftCorpus();
  const session = new ReviewSession(dir);
  expect(session.change(NAME, sha256(draft), { type: "accept", claim: 0 }).status).toBe(200);
  const saved = `${readFileSync(file, "utf8")}# saved in an editor meanwhile\n`;
  saveDuringCheck(session, () => writeFileSync(file, saved));
  expect(session.undo().status).toBe(409);
  expect(readFileSync(file, "utf8")).toBe(saved);
});
