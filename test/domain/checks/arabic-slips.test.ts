/** The hamza, ta marbuta and alef maqsura candidates, and the light stem that counts repetitions. */
import { expect } from "chai";
import { lightStem, slipCandidates } from "../../../server/domain/checks/arabic-slips.js";

describe("arabic-slips", () => {
  const cases: [string, string[], string][] = [
    ["الحكومه", ["الحكومة"], "a final ha for ta marbuta; the article's alef is left alone"],
    ["هذة", ["هذه"], "a final ta marbuta for ha"],
    ["الى", ["الي", "إلى", "ألى", "آلى"], "alef maqsura, and the alef of a short particle (إلى: إ first) before it"],
    ["اعلنت", ["أعلنت", "إعلنت", "آعلنت"], "a bare alef: أ first"],
    ["إنتخابات", ["أنتخابات", "انتخابات", "آنتخابات"], "a written hamza: the other hamza, then none"],
    ["الإنتخابات", ["الأنتخابات", "الانتخابات", "الآنتخابات"], "the alef after the article"],
    ["وإستقالة", ["وإستقاله", "وأستقالة", "واستقالة", "وآستقالة"], "the end, and the alef after a conjunction"],
    ["مجلس", [], "nothing to change"],
  ];
  for (const [word, expected, why] of cases) {
    it(`${word}: ${why}`, () => {
      expect(slipCandidates(word)).to.deep.equal(expected);
    });
  }

  it("takes clitics and a pronoun off for counting, keeping three letters", () => {
    expect(lightStem("خروقاتها")).to.equal(lightStem("خروقات"));
    expect(lightStem("والحوله")).to.equal(lightStem("الحوله"));
    expect(lightStem("بالحرب")).to.equal("حرب");
    expect(lightStem("لها")).to.equal("لها");
  });
});
