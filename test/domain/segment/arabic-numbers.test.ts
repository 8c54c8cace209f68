import { expect } from "chai";
import { readArabicNumbers } from "../../../server/domain/segment/arabic-numbers.js";
import { tokeniseArabic } from "../../../server/domain/segment/tokenise.js";

/** Each written form and the value it states (English value in digits), or "~magnitude" when vague. */
const TABLE: [string, number | string][] = [
  // digits in any script with a scale word, case endings and tanwin
  ["٤٥ ألف", 45000],
  ["45 ألف", 45000],
  ["۴۵ ألف", 45000],
  ["١٥٠ ألفًا", 150000],
  ["١٥٠ ألفاً", 150000],
  ["150 ألفا", 150000],
  ["٣ آلاف", 3000],
  ["٥ ملايين", 5e6],
  ["٣ مليارات", 3e9],
  ["١٤٢ مليونًا", 142e6],
  ["١١٠ مليارات", 110e9],
  ["2 تريليون", 2e12],
  // decimals and thousands separators
  ["1.5 مليون", 1.5e6],
  ["١٫٥ مليار", 1.5e9],
  ["1,5 مليون", 1.5e6],
  ["1.05 مليون", 1.05e6],
  ["٣٫١ مليارات", 3.1e9],
  ["١٬٢٠٠", 1200],
  ["1,200,000", 1.2e6],
  ["1.200.000", 1.2e6],
  ["٣٫٥", 3.5],
  // scale words alone, with proclitics
  ["ألف", 1000],
  ["مليون", 1e6],
  ["مليار", 1e9],
  ["بليون", 1e9],
  ["وألف", 1000],
  ["بمليون", 1e6],
  // duals (nominative, accusative/genitive, construct)
  ["ألفان", 2000],
  ["ألفين", 2000],
  ["ألفا شخص", 2000],
  ["مليونان", 2e6],
  ["مليونين", 2e6],
  ["مليونا نازح", 2e6],
  ["بمليوني دولار", 2e6],
  ["ملياران", 2e9],
  ["مليارين", 2e9],
  ["وملياري", 2e9],
  // small numbers in words with a scale
  ["ثلاثة آلاف", 3000],
  ["ثلاث آلاف", 3000],
  ["أربعة آلاف", 4000],
  ["خمسة ملايين", 5e6],
  ["سبعة مليارات", 7e9],
  ["عشرة آلاف", 10000],
  ["عشرين ألفًا", 20000],
  ["خمسون ألفا", 50000],
  ["أحد عشر ألفًا", 11000],
  ["اثنا عشر", 12],
  ["مئة ألف", 100000],
  ["مائة ألف", 100000],
  ["مئتا ألف", 200000],
  ["ثلاثمئة ألف", 300000],
  ["خمسمائة", 500],
  ["ثلاث مئة", 300],
  ["نصف مليون", 5e5],
  ["ربع مليون", 2.5e5],
  ["خمسة وعشرون", 25],
  ["الخمسة", 5],
  ["عشرة", 10],
  ["مئة", 100],
  ["مائة", 100],
  // sums
  ["مليون و٢٠٠ ألف", 1.2e6],
  ["مليونا و500 ألف", 2.5e6],
  ["مليون ونصف المليون", 1.5e6],
  ["٢ مليون ونصف", 2.5e6],
  ["ألفين وخمسمئة", 2500],
  // ordinals in compounds, as English writes 13th, 47th
  ["الثالثة عشرة", 13],
  ["السابعة والأربعين", 47],
  // percentages: the number, and مئة is not 100 there
  ["١٢٪", 12],
  ["12%", 12],
  ["١٢ بالمئة", 12],
  ["١٢ بالمائة", 12],
  ["٣٫٥ في المئة", 3.5],
  ["٣ في المائة", 3],
  // vague quantities
  ["آلاف", "~1000"],
  ["الآلاف", "~1000"],
  ["ألوف", "~1000"],
  ["عشرات الآلاف", "~10000"],
  ["مئات الآلاف", "~100000"],
  ["عشرات", "~10"],
  ["مئات", "~100"],
  ["ملايين", "~1000000"],
  ["الملايين", "~1000000"],
  ["مليارات الدولارات", "~1000000000"],
  ["بضعة آلاف", "~1000"],
  ["عدة ملايين", "~1000000"],
];

function readOne(text: string): number | string | null {
  const found = readArabicNumbers(text);
  if (found.length !== 1) return `${found.length} quantities`;
  const [e] = found;
  if (!e) return null;
  return e.kind === "vague" ? `~${e.magnitude}` : e.values[0] ?? null;
}

describe("readArabicNumbers", () => {
  it(`reads ${TABLE.length} written forms to the value English writes in digits`, () => {
    const wrong = TABLE.filter(([text, value]) => readOne(text) !== value).map(([text, value]) => `${text}: ${String(readOne(text))}, not ${value}`);
    expect(wrong).to.deep.equal([]);
  });

  it("reads the same with the tokeniser's words given", () => {
    for (const [text] of TABLE) expect(readArabicNumbers(text, tokeniseArabic(text)), text).to.deep.equal(readArabicNumbers(text));
  });

  it("gives the span of the whole quantity in the original text", () => {
    const text = "أدى القتال إلى نزوح ٤٥ ألف شخص، ويحتاج ١٥٠ ألفًا إلى الغذاء";
    expect(readArabicNumbers(text).map((e) => text.slice(e.start, e.end))).to.deep.equal(["٤٥ ألف", "١٥٠ ألفًا"]);
  });

  it("marks quantities written with digits", () => {
    expect(readArabicNumbers("٤٥ ألف وثلاثة آلاف").map((e) => e.kind === "exact" && e.digits)).to.deep.equal([true, false]);
  });

  it("keeps separate numbers apart: lists, dates, a number and an unrelated scale word", () => {
    expect(readArabicNumbers("٣،٤").length).to.equal(2);
    expect(readArabicNumbers("في 4.10.2017").length).to.equal(3);
    expect(readArabicNumbers("عام ٢٠١٧، ألف شخص").map((e) => e.kind === "exact" && e.values[0])).to.deep.equal([2017, 1000]);
  });

  it("reads no number in words that only fold like number words", () => {
    for (const text of ["أثناء الاجتماع", "وجد ميتًا", "يوم الاثنين", "أحد المسؤولين", "عدة مرات", "لست أدري"]) {
      expect(readArabicNumbers(text), text).to.deep.equal([]);
    }
    // A fraction alone is no quantity, only the number another edition may write in digits.
    expect(readArabicNumbers("نصف الطريق").map((e) => e.kind)).to.deep.equal(["indirect"]);
  });

  it("reads ordinals and fractions alone as indirect numbers, also run into the next word", () => {
    const indirect = (text: string) => readArabicNumbers(text).filter((e) => e.kind === "indirect").map((e) => (e.kind === "indirect" ? e.values : []));
    expect(indirect("على قناة الإذاعة الرابعة")).to.deep.equal([[4]]);
    expect(indirect("مشروع نورد ستريم الثانٍ")).to.deep.equal([[2]]);
    expect(indirect("خط أنابيبنورد ستريم الثانٍالذي تبلغ تكلفته")).to.deep.equal([[2]]);
    expect(indirect("للمرة الأولى والعاشرة")).to.deep.equal([[1], [10]]);
    expect(indirect("أكثر من النصف بصوت واحد")).to.deep.equal([[0.5, 50]]);
    // Compounds stay exact ordinals of their own (13th), "and a half" stays part of its quantity.
    expect(readArabicNumbers("الثالثة عشر").map((e) => e.kind)).to.deep.equal(["exact"]);
    expect(readArabicNumbers("مليون ونصف").map((e) => e.kind)).to.deep.equal(["exact"]);
  });
});
