import { expect } from "chai";
import { languageModel, languageModelStatus } from "../../../server/services/language-model.js";
import { tokeniseEnglish } from "../../../server/domain/segment/tokenise.js";
import { alternativesOf, modelFlags } from "../../../server/domain/checks/real-word-model.js";
import { flaggedTexts } from "./table.js";
import type { NgramModel } from "../../../server/domain/checks/language-model/ngram-model.js";

/** The real model, installed by scripts/ensure-language-model.sh (npm test runs it). */
function realModel(): NgramModel {
  const model = languageModel();
  if (!model) throw new Error(`the language model is not installed: ${languageModelStatus().problem}`);
  return model;
}
const flagsOf = (text: string) => {
  const tokens = tokeniseEnglish(text);
  return [...modelFlags(tokens, text, realModel())].map(([k, c]) => `${tokens[k]?.text}->${c.alternative} (${c.method})`);
};

describe("real-word with the language model", () => {
  it("proposes confusion-set and one-slip alternatives, no inflections", () => {
    expect(alternativesOf(realModel(), "dose").get("does")).to.equal("confusion");
    expect(alternativesOf(realModel(), "hole").get("whole")).to.equal("edit");
    expect(alternativesOf(realModel(), "side").has("sides")).to.equal(false);
    expect(alternativesOf(realModel(), "than").get("then")).to.equal("confusion");
  });

  const TABLE: [string, string[]][] = [
    ["He dose not know where the money went.", ["dose->does (confusion)"]],
    ["The hole country was behind him.", ["hole->whole (edit)"]],
    ["There is too mush water in the basement.", []], // "mush" is too rare in the model to judge
    ["The minister said the whole country was behind him.", []],
    ["Officials said the two sides agreed to a ceasefire on Tuesday.", []],
    ["The doctor changed the dose of the drug.", []],
    // A noun written for another noun of its set: both fill the slot, only the model tells them apart.
    ["Rain fell from the stat of the march.", ["stat->start (confusion)"]],
    ["Rain fell from the start of the march, and the stat was wrong.", []],
    // A word that is all a quotation or a bracket holds is mentioned, not used; an editor's mark is no word of the sentence.
    ["The distance between \"we\" the West and \"them\" the East grew.", []],
    ["The warning said the crew members is [sic] in grave danger.", []],
    // A gain made only by the words after it (here names) is no evidence: the alternative must fit the words before it.
    ["The envoy met the Chinese-speaking Trần prince Trần Quốc Tuấn in 1282.", []],
    ["It is likely that more people were reported my Nielsen on Friday.", ["my->by (confusion)"]],
  ];
  for (const [text, expected] of TABLE) it(`${expected.length ? "flags" : "passes"}: ${text}`, () => expect(flagsOf(text)).to.deep.equal(expected));

  it("reaches the check through the check context, and without it the check keeps to its rules", () => {
    const text = "He dose not know where the money went.";
    expect(flaggedTexts("real-word", { en: [text], ar: [], context: { languageModel: realModel() } })).to.deep.equal(["dose"]);
    expect(flaggedTexts("real-word", { en: [text], ar: [] })).to.deep.equal([]);
    expect(flaggedTexts("real-word", { en: ["The tow side agreed to a truce."], ar: [], context: { languageModel: realModel() } })).to.have.length(1);
  });
});
