import { expect } from "chai";
import { joinParagraphIn, splitParagraphIn, type Structure } from "../../../server/domain/review/paragraph-structure.js";
import { InvalidOperation } from "../../../server/domain/review/bead-operations.js";

const p = (id: number, text: string) => ({ id, text, boilerplate: null });
/** English paragraphs 0..3; beads [0|0] [1,2|1] [3|2] (one confirmed), plus an Arabic-only row. */
const doc = (): Structure => ({
  paragraphs: [p(10, "First one. Second one."), p(11, "Two"), p(12, "Three"), p(13, "Four")],
  beads: [
    { en: [0], ar: [0], status: "confirmed" },
    { en: [1, 2], ar: [1], status: "confirmed" },
    { en: [], ar: [2], status: "auto" },
    { en: [3], ar: [3], status: "confirmed" },
  ],
});

describe("paragraph structure (pure split and join)", () => {
  const splits: [string, number, number, string[], Structure["beads"]][] = [
    ["the first paragraph, mid-text", 0, 10, ["First one.", "Second one.", "Two", "Three", "Four"], [
      { en: [0, 1], ar: [0], status: "auto" }, { en: [2, 3], ar: [1], status: "confirmed" }, { en: [], ar: [2], status: "auto" }, { en: [4], ar: [3], status: "confirmed" },
    ]],
    ["the last paragraph of a 2-1 row", 2, 3, ["First one. Second one.", "Two", "Thr", "ee", "Four"], [
      { en: [0], ar: [0], status: "confirmed" }, { en: [1, 2, 3], ar: [1], status: "auto" }, { en: [], ar: [2], status: "auto" }, { en: [4], ar: [3], status: "confirmed" },
    ]],
  ];
  for (const [what, k, offset, texts, beads] of splits) {
    it(`splits ${what}: positions after it move up, its row becomes unconfirmed, others keep their status`, () => {
      const out = splitParagraphIn(doc(), "en", k, offset, 99);
      expect(out.paragraphs.map((x) => x.text)).to.deep.equal(texts);
      expect(out.paragraphs[k + 1]?.id).to.equal(99);
      expect(out.beads).to.deep.equal(beads);
    });
  }

  it("refuses a split that would leave an empty part, or a cut that is not a whole offset", () => {
    for (const offset of [0, 22, 1.5]) expect(() => splitParagraphIn(doc(), "en", 0, offset, 99)).to.throw(InvalidOperation);
  });

  it("joins a paragraph with the next: the rows from one to the other merge into one unconfirmed row", () => {
    const out = joinParagraphIn(doc(), "en", 2);
    expect(out.paragraphs.map((x) => x.text)).to.deep.equal(["First one. Second one.", "Two", "Three Four"]);
    expect(out.beads).to.deep.equal([
      { en: [0], ar: [0], status: "confirmed" },
      { en: [1, 2], ar: [1, 2, 3], status: "auto" },
    ]);
  });

  it("joins inside one row without touching the others", () => {
    const out = joinParagraphIn(doc(), "en", 1);
    expect(out.paragraphs.map((x) => x.text)).to.deep.equal(["First one. Second one.", "Two Three", "Four"]);
    expect(out.beads).to.deep.equal([
      { en: [0], ar: [0], status: "confirmed" }, { en: [1], ar: [1], status: "auto" }, { en: [], ar: [2], status: "auto" }, { en: [2], ar: [3], status: "confirmed" },
    ]);
  });

  it("refuses to join the last paragraph", () => {
    expect(() => joinParagraphIn(doc(), "en", 3)).to.throw(InvalidOperation);
  });

  it("works on the Arabic side alike", () => {
    const arabic: Structure = { paragraphs: [p(1, "أ ب"), p(2, "ج")], beads: [{ en: [0], ar: [0], status: "confirmed" }, { en: [1], ar: [1], status: "auto" }] };
    expect(splitParagraphIn(arabic, "ar", 0, 1, 7).beads).to.deep.equal([{ en: [0], ar: [0, 1], status: "auto" }, { en: [1], ar: [2], status: "auto" }]);
    expect(joinParagraphIn(arabic, "ar", 0).beads).to.deep.equal([{ en: [0, 1], ar: [0], status: "auto" }]);
  });
});
