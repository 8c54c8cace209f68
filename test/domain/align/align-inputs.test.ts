/**
 * What the aligner and the scorer prepare of a document (domain/align/align-inputs.ts): one unit
 * per paragraph through the describers given, boilerplate detected unless given or switched off,
 * evidence over every pair and the prior model with the document's own length ratio.
 */
import { expect } from "chai";
import { prepareInputs } from "../../../server/domain/align/align-inputs.js";
import { describeArabicUnit, describeEnglishUnit } from "../../../server/domain/align/unit-features.js";
import { PRIOR_MODEL } from "../../../server/domain/align/model.js";

const en = ["The council met on Monday in Homs.", "Click here to subscribe to our newsletter."];
const ar = ["اجتمع المجلس يوم الاثنين في حمص، وناقش الأعضاء خطة جديدة."];

describe("prepareInputs", () => {
  it("describes every paragraph, finds boilerplate and sets the prior ratio to the document's", () => {
    const { inputs, prior } = prepareInputs(en, ar);
    expect(inputs.en).to.have.length(2);
    expect(inputs.ar).to.have.length(1);
    expect(inputs.enReasons).to.deep.equal([null, "appeal"]);
    expect(inputs.enBoilerplate).to.deep.equal([false, true]);
    expect([inputs.evidence.n, inputs.evidence.m]).to.deep.equal([2, 1]);
    const totalEn = inputs.enLengths.reduce((s, x) => s + x, 0);
    const totalAr = inputs.arLengths.reduce((s, x) => s + x, 0);
    expect(prior.ratio).to.equal(totalAr / totalEn);
    expect(prior.variance).to.equal(PRIOR_MODEL.variance);
  });

  it("takes boilerplate reasons given, or none when switched off", () => {
    expect(prepareInputs(en, ar, { enBoilerplate: ["photo-credit", null], arBoilerplate: [null] }).inputs.enReasons).to.deep.equal(["photo-credit", null]);
    expect(prepareInputs(en, ar, { noBoilerplate: true }).inputs.enReasons).to.deep.equal([null, null]);
  });

  it("describes paragraphs through the describers given (the scorer's cache)", () => {
    const seen: string[] = [];
    prepareInputs(en, ar, {
      describeEnglish: (t) => (seen.push(t), describeEnglishUnit(t, {})),
      describeArabic: (t) => (seen.push(t), describeArabicUnit(t, {})),
    });
    expect(seen).to.deep.equal([...en, ...ar]);
  });
});
