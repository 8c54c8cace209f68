import { expect } from "chai";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { alignUnits } from "../../../server/domain/align/align-units.js";
import { checkCover } from "../../../server/domain/align/check-cover.js";
import { Lexicon } from "../../../server/domain/align/lexicon.js";
import { loadFreedict } from "../../../server/services/freedict.js";
import { countAlignment, emptyCounts, summarise } from "../../../server/domain/align/score-alignment.js";
import { splitParagraphs } from "../../../server/domain/segment/split-paragraphs.js";
import { parseGlossary } from "../../../server/domain/glossary/parse-glossary.js";
import { CORPUS_DIR } from "../../../server/paths.js";
import { sampleGold, sampleParagraphs } from "../../helpers/sample.js";
import { sharedOrSkip } from "../../helpers/shared.js";

const glossary = parseGlossary(readFileSync(join(CORPUS_DIR, "glossary.tsv"), "utf8"));
const lexicon = (loadFreedict() ?? new Lexicon()).withEntries(glossary);

describe("alignUnits", () => {
  it("aligns the sample pair exactly to its gold", () => {
    const { en, ar } = sampleParagraphs();
    const { beads } = alignUnits(en, ar, { lexicon });
    expect(beads.map((b) => [b.en, b.ar])).to.deep.equal(sampleGold().map((b) => [b.en, b.ar]));
  });

  it("aligns the sample pair exactly without the dictionary, with the glossary only", () => {
    const { en, ar } = sampleParagraphs();
    const { beads } = alignUnits(en, ar, { lexicon: new Lexicon().withEntries(glossary) });
    expect(beads.map((b) => [b.en, b.ar])).to.deep.equal(sampleGold().map((b) => [b.en, b.ar]));
  });

  it("gives every bead a score in 0–1 and the signals behind it", () => {
    const { en, ar } = sampleParagraphs();
    const { beads } = alignUnits(en, ar, { lexicon });
    for (const b of beads) {
      expect(b.score).to.be.within(0, 1);
      expect(b.signals.shape).to.equal(`${b.en.length}-${b.ar.length}`);
    }
    const detainees = beads.find((b) => b.signals.numbersShared?.includes("12174"));
    expect(detainees, "the bead with 12174 / ١٢١٧٤").to.not.equal(undefined);
    const named = beads.filter((b) => (b.signals.namesShared ?? []).length > 0);
    expect(named.length).to.be.greaterThan(10);
    const appeal = beads.find((b) => b.en.length === 1 && en[b.en[0] ?? -1]?.startsWith("Click here"));
    expect(appeal?.signals.boilerplate).to.equal("appeal");
  });

  it("covers every unit once when one side is empty", () => {
    const { beads } = alignUnits(["One.", "Two."], []);
    expect(() => checkCover(beads, 2, 0)).to.not.throw();
  });

  describe("on the development set", function () {
    this.timeout(120000);
    const byKind = new Map<string, ReturnType<typeof emptyCounts>>();
    const all = emptyCounts();
    before(function () {
      const casesDir = sharedOrSkip(this, "the development set's article pairs and gold alignments (eval/cases)", ["eval", "cases"]);
      const cases = readdirSync(casesDir).filter((c) => c.includes("__"));
      expect(cases, `article pairs in ${casesDir}`).to.not.be.empty;
      for (const name of cases) {
        const dir = join(casesDir, name);
        const gold = (JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as { beads: [number[], number[]][] }).beads.map(([e, a]) => ({ en: e, ar: a }));
        const { beads } = alignUnits(splitParagraphs(readFileSync(join(dir, "en.txt"), "utf8")), splitParagraphs(readFileSync(join(dir, "ar.txt"), "utf8")), { lexicon });
        const kind = name.split("__")[1] ?? "";
        countAlignment(beads, gold, all);
        byKind.set(kind, countAlignment(beads, gold, byKind.get(kind) ?? emptyCounts()));
      }
    });

    it("reaches link F1 ≥ 0.97 overall and null recall ≥ 0.85", () => {
      const s = summarise(all);
      expect(s.linkF1).to.be.at.least(0.97);
      expect(s.nullR).to.be.at.least(0.85);
    });

    it("reaches link F1 ≥ 0.93 on every kind", () => {
      expect(byKind.size).to.equal(8);
      for (const [kind, counts] of byKind) expect(summarise(counts).linkF1, kind).to.be.at.least(0.93);
    });
  });
});
