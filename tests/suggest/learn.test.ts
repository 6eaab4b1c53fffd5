import { describe, expect, it } from "vitest";
import { modelJson, score, train, type Example, type Features, type Model } from "../../src/suggest/learn.js";

const decide = (model: Model, features: Features) => score(model, features) >= model.threshold;

// A toy decision: a sentence is a proposal when it has a modal and an acting subject, unless it is a question.
function example(modal: boolean, actor: boolean, question: boolean): Example {
  const features: Record<string, number> = {};
  if (modal) features["modal"] = 1;
  if (actor) features["subject-acts"] = 1;
  if (question) features["question"] = 1;
  return { features, label: modal && actor && !question };
}

const EXAMPLES: Example[] = [];
for (let copy = 0; copy < 3; copy++)
  for (const modal of [false, true])
    for (const actor of [false, true])
      for (const question of [false, true]) EXAMPLES.push(example(modal, actor, question));

describe("learned scorer", () => {
  it("learns a decision from its examples", () => {
    const model = train("proposal", EXAMPLES, ["toy"]);
    for (const e of EXAMPLES) expect(decide(model, e.features), JSON.stringify(e.features)).toBe(e.label);
    expect(model.weights["question"]).toBeLessThan(0);
    expect(model.weights["modal"]).toBeGreaterThan(0);
  });

  it("gives the same model bytes for the same examples", () => {
    expect(modelJson(train("proposal", EXAMPLES, ["b", "a"]))).toBe(modelJson(train("proposal", EXAMPLES, ["a", "b"])));
  });

  it("leaves out features seen too rarely to trust", () => {
    const rare = [...EXAMPLES, { features: { modal: 1, "subject-acts": 1, "one-off": 1 }, label: false }];
    expect(train("proposal", rare, ["toy"], { minCount: 2 }).weights).not.toHaveProperty("one-off");
    expect(train("proposal", rare, ["toy"], { minCount: 1 }).weights).toHaveProperty("one-off");
  });

  it("ignores features it has never seen", () => {
    const model = train("proposal", EXAMPLES, ["toy"]);
    const features = { modal: 1, "subject-acts": 1, question: 1, unseen: 1 };
    expect(score(model, features)).toBeCloseTo(score(model, { modal: 1, "subject-acts": 1, question: 1 }), 10);
  });
});
