import { expect } from "chai";
import { arabicSkeleton, arabicSkeletonCandidates, latinSkeleton } from "../../../server/domain/align/transliterate.js";

describe("transliteration skeletons", () => {
  const pairs: [string, string][] = [
    ["Jada’an", "الجدعان"],
    ["Homs", "حمص"],
    ["Talbiseh", "تلبيسة"],
    ["Rastan", "الرستن"],
    ["Kabira", "الكبيرة"],
    ["Kabirah", "الكبيرة"],
    ["Bakkar", "بكار"],
    ["Rayyan", "ريان"],
    ["Moscow", "موسكو"],
    ["Chechnya", "الشيشان"],
    ["Saipov", "سايبوف"],
    ["Mahmoud", "محمود"],
  ];
  for (const [latin, arabic] of pairs) {
    it(`${latin} meets ${arabic}`, () => expect(latinSkeleton(latin)).to.equal(arabicSkeleton(arabic)));
  }

  it("drops clitic prefixes from Arabic names", () => {
    expect(arabicSkeletonCandidates("وبحمص")).to.include(arabicSkeleton("حمص"));
    expect(arabicSkeletonCandidates("للرستن")).to.include(arabicSkeleton("الرستن"));
  });

  it("keeps different names apart", () => {
    expect(latinSkeleton("Homs")).to.not.equal(latinSkeleton("Hama"));
    expect(latinSkeleton("Rastan")).to.not.equal(arabicSkeleton("تلبيسة"));
  });
});
