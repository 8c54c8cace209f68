import { expect } from "chai";
import { arabicAnchors, englishAnchors } from "../../../server/domain/align/anchors.js";
import { readArabicNumbers } from "../../../server/domain/segment/arabic-numbers.js";
import { tokeniseArabic, tokeniseEnglish } from "../../../server/domain/segment/tokenise.js";

const en = (text: string) => englishAnchors(text, tokeniseEnglish(text));
const ar = (text: string) => arabicAnchors(text, tokeniseArabic(text));

describe("anchors", () => {
  it("reads a number the same in any digit script and with any separator", () => {
    expect(en("details about 12174 detainees")).to.include("n:12174");
    expect(ar("تفاصيل عن ١٢١٧٤ معتقلًا")).to.include("n:12174");
    expect(en("1,200 people")).to.include("n:1200");
    expect(ar("١٬٢٠٠ شخص")).to.include("n:1200");
    expect(ar("٣٫٥ بالمئة")).to.include("n:3.5");
  });

  it("tells different numbers apart (12174 is not ١٢٤٧١)", () => {
    expect(ar("١٢٤٧١")).to.not.include("n:12174");
  });

  it("gives spans in the original text", () => {
    const text = "في ٤ تشرين الأول";
    const [first] = readArabicNumbers(text);
    expect(first?.kind === "exact" && first.values).to.deep.equal([4]);
    expect(text.slice(first?.start, first?.end)).to.equal("٤");
  });

  it("matches months across English, Levantine and Egyptian Arabic names", () => {
    expect(en("on October 4")).to.include("m:10");
    expect(ar("في تشرين الأول")).to.include("m:10");
    expect(ar("في أكتوبر")).to.include("m:10");
    expect(ar("في آب/أغسطس")).to.include("m:8");
  });

  it("does not read the verb may or the word for father as a month", () => {
    expect(en("May I ask? They may agree.")).to.not.include("m:5");
    expect(ar("قال الأب إن ابنه")).to.not.include("m:8");
  });

  it("reads small numbers written as words on either side", () => {
    expect(en("the five crossings")).to.include("n:5");
    expect(ar("المعابر الخمسة")).to.include("n:5");
  });
});
