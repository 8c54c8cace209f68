/**
 * corpus-name-consistency: a spelling against the corpus's dominant one is fixed, an exact tie in
 * the corpus is a question (once per document), and near names are left alone.
 */
import { expect } from "chai";
import { runChecks } from "../../../server/domain/checks/run-checks.js";
import type { CheckDocument } from "../../../server/domain/checks/types.js";
import { runTable } from "./table.js";

const withCorpus = (en: string[], spellings: [string, number][]): CheckDocument => ({ en, ar: [], context: { corpus: { spellings: new Map(spellings) } } });

runTable("corpus-name-consistency", [
  { name: "no corpus statistics", doc: { en: ["Bin Laden spoke."], ar: [] }, flags: [] },
  { name: "a rare spelling against the corpus", doc: withCorpus(["Bin Laden spoke."], [["Ladin", 40], ["Laden", 2]]), flags: ["Laden"] },
  { name: "an article joined against the corpus", doc: withCorpus(["Then Alhazmi left."], [["Hazmi", 30], ["Alhazmi", 1]]), flags: [] },
  { name: "a vowel dropped against the corpus", doc: withCorpus(["Zawahri wrote."], [["Zawahiri", 30], ["Zawahri", 1]]), flags: ["Zawahri"] },
  { name: "a near name is another person", doc: withCorpus(["Hassan spoke."], [["Hussein", 90], ["Hassan", 3]]), flags: [] },
  { name: "both spellings common enough", doc: withCorpus(["Mullah Umar spoke."], [["Omar", 5], ["Umar", 3]]), flags: [] },
  { name: "a word opening a quotation is no name", doc: withCorpus(["Hamdan said that “Their homes were destroyed,” he said."], [["Thaer", 30], ["Their", 1]]), flags: [] },
  { name: "an exact tie, asked once", doc: withCorpus(["Mullah Umar spoke.", "Umar left."], [["Omar", 4], ["Umar", 4]]), flags: ["Umar"] },
]);

describe("corpus-name-consistency questions", () => {
  it("has no fix for a tie", () => {
    const [f] = runChecks(withCorpus(["Mullah Umar spoke."], [["Omar", 4], ["Umar", 4]]), { enabled: ["corpus-name-consistency"] });
    expect(f?.suggestion).to.equal(null);
    expect(f?.params.context).to.equal("question");
  });
  it("does not ask when the document uses both spellings (transliteration-consistency does)", () => {
    expect(runChecks(withCorpus(["Mullah Umar spoke.", "Omar left."], [["Omar", 4], ["Umar", 4]]), { enabled: ["corpus-name-consistency"] })).to.deep.equal([]);
  });
});
