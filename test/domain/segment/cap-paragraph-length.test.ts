import { expect } from "chai";
import { capParagraphLength } from "../../../server/domain/segment/cap-paragraph-length.js";
import { MAX_PARAGRAPH_LENGTH } from "../../../server/domain/segment/limits.js";

describe("capParagraphLength", () => {
  // Small limits keep the table readable; the cutting does not depend on the limit's size.
  const cases: [string, string[], number, string[]][] = [
    ["leaves paragraphs within the limit alone", ["Short one.", "Exactly 20 chars!!!!"], 20, ["Short one.", "Exactly 20 chars!!!!"]],
    ["cuts at the last sentence end that fits", ["One two. Three four. Five six seven."], 21, ["One two. Three four.", "Five six seven."]],
    ["prefers a sentence end to a later space", ["Ab. cd ef gh ij"], 12, ["Ab.", "cd ef gh ij"]],
    ["cuts a sentence that is itself too long at its last space", ["aaaa bbbb cccc dddd"], 10, ["aaaa bbbb", "cccc dddd"]],
    ["counts ! ? and the Arabic question mark as sentence ends", ["Yes! Who? هل؟ نعم"], 9, ["Yes! Who?", "هل؟ نعم"]],
    ["keeps closing quotes and brackets with their sentence", ["He said “no.” Then (yes.) left"], 14, ["He said “no.”", "Then (yes.)", "left"]],
    ["does not cut a number at its decimal point", ["Rates rose 3.5 per cent today"], 16, ["Rates rose 3.5", "per cent today"]],
    ["drops only the whitespace at a cut", ["aaaa   \t bbbb"], 6, ["aaaa", "bbbb"]],
    ["does not cut at a no-break space", ["aa bb\u00A0cc"], 6, ["aa", "bb\u00A0cc"]],
    ["cuts a piece of exactly the limit", ["abcde fghij"], 5, ["abcde", "fghij"]],
    ["keeps the order of paragraphs and pieces", ["x", "aa. bb.", "y"], 4, ["x", "aa.", "bb.", "y"]],
  ];
  for (const [what, input, limit, expected] of cases) {
    it(what, () => {
      const result = capParagraphLength(input, limit);
      expect(result).to.deep.equal({ ok: true, paragraphs: expected });
      if (result.ok) for (const p of result.paragraphs) expect(p.length).to.be.at.most(limit);
    });
  }

  const refusals: [string, string[], number, { paragraph: number; at: number }][] = [
    ["a word longer than the limit", ["abcdefghijk"], 10, { paragraph: 0, at: 0 }],
    ["a long word after some cuttable text", ["ok", "aa bbbbbbbbbbbbbb"], 10, { paragraph: 1, at: 3 }],
    ["a run joined only by no-break spaces", ["aaaa\u00A0bbbb\u00A0cccc"], 10, { paragraph: 0, at: 0 }],
  ];
  for (const [what, input, limit, where] of refusals) {
    it(`names ${what}`, () => expect(capParagraphLength(input, limit)).to.deep.equal({ ok: false, ...where }));
  }

  it("cuts a 1 MB paragraph into pieces within 20,000 characters and loses no text", () => {
    const sentence = "The council said on Tuesday that the ceasefire in Homs had held for a week. ";
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length)).trim();
    const result = capParagraphLength([text]);
    if (!result.ok) throw new Error("refused");
    expect(result.paragraphs.length).to.be.within(50, 60);
    for (const p of result.paragraphs) {
      expect(p.length).to.be.at.most(MAX_PARAGRAPH_LENGTH);
      expect(p.endsWith(".")).to.equal(true);
    }
    expect(result.paragraphs.join(" ")).to.equal(text);
  });
});
