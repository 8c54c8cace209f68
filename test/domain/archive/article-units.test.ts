import { expect } from "chai";
import { alignUnits } from "../../../server/domain/align/align-units.js";
import { describeArabicUnit, describeEnglishUnit } from "../../../server/domain/align/unit-features.js";
import { articleUnitCache, articleUnits, boundedCache } from "../../../server/domain/archive/article-units.js";
import { alignmentCoverage } from "../../../server/domain/archive/pair-archive.js";
import { detectBoilerplate } from "../../../server/domain/segment/boilerplate.js";
import { AR, EN, madeUpLexicon } from "../../helpers/made-up-archive.js";

describe("archive pairing: the aligner's units described once per article", () => {
  const lexicon = madeUpLexicon();

  it("keeps at most its capacity, dropping the least recently used, and makes each value once while kept", () => {
    const cache = boundedCache<string>(2);
    const made: number[] = [];
    const make = (k: number) => () => (made.push(k), `v${k}`);
    expect(cache.get(1, make(1))).to.equal("v1");
    expect(cache.get(2, make(2))).to.equal("v2");
    expect(cache.get(1, make(1))).to.equal("v1"); // 1 is now the most recently used
    expect(cache.get(3, make(3))).to.equal("v3"); // so 2 goes
    expect(cache.size).to.equal(2);
    expect(cache.get(1, make(1))).to.equal("v1");
    expect(cache.get(2, make(2))).to.equal("v2");
    expect(made).to.deep.equal([1, 2, 3, 2]);
    expect(cache.made).to.equal(4);
  });

  it("describes an article's headline and paragraphs as the aligner would, with its boilerplate", () => {
    const cache = articleUnitCache(EN, AR, lexicon);
    const texts = articleUnits(EN[0]!);
    const described = cache.english(0);
    expect(described.texts).to.deep.equal(texts);
    expect(described.boilerplate).to.deep.equal(detectBoilerplate(texts, "en"));
    for (const t of texts) expect(described.unitOf.get(t)).to.deep.equal(describeEnglishUnit(t, { lexicon }));
    const arabic = cache.arabic(1);
    for (const t of articleUnits(AR[1]!)) expect(arabic.unitOf.get(t)).to.deep.equal(describeArabicUnit(t, { lexicon }));
    expect(cache.english(0)).to.equal(described); // the same object: described once
  });

  it("gives the same alignment and coverage as describing the pair afresh", () => {
    const cache = articleUnitCache(EN, AR, lexicon, { en: 1, ar: 1 });
    for (let e = 0; e < EN.length; e++) {
      for (let a = 0; a < AR.length; a++) {
        const { en, ar, prepared } = cache.pair(e, a);
        const fresh = alignUnits(articleUnits(EN[e]!), articleUnits(AR[a]!), { lexicon });
        expect(alignUnits(en, ar, { lexicon, ...prepared })).to.deep.equal(fresh);
        expect(alignmentCoverage(en, ar, lexicon, prepared)).to.deep.equal(alignmentCoverage(articleUnits(EN[e]!), articleUnits(AR[a]!), lexicon));
      }
    }
  });
});
