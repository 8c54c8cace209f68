import { expect } from "chai";
import { flaggedTexts, pairs, runTable } from "./table.js";
import { runChecks } from "../../../server/domain/checks/run-checks.js";

runTable("number-mismatch", [
  { name: "thousands as ألف after digits", doc: pairs(["Some 45,000 people fled.", "فرّ نحو ٤٥ ألف شخص."]), flags: [] },
  { name: "the accusative ألفًا", doc: pairs(["150,000 need food.", "ويحتاج ١٥٠ ألفًا إلى الغذاء."]), flags: [] },
  { name: "a dual for 2 million", doc: pairs(["2 million dollars were pledged.", "وتم التعهد بمليوني دولار."]), flags: [] },
  { name: "the construct dual مليونا", doc: pairs(["2 million people are without power.", "ويعيش مليونا شخص من دون كهرباء."]), flags: [] },
  { name: "a unit word with آلاف", doc: pairs(["3,000 tents arrived.", "ووصلت ثلاثة آلاف خيمة."]), flags: [] },
  { name: "a decimal with a scale in two digit scripts", doc: pairs(["The UN appealed for 1.5 billion dollars.", "وناشدت الأمم المتحدة توفير ١٫٥ مليار دولار."]), flags: [] },
  { name: "1.5bn and مليار ونصف", doc: pairs(["It costs $1.5bn.", "وتبلغ تكلفته مليارًا ونصف المليار دولار."]), flags: [] },
  { name: "a sum in Arabic for a decimal in English", doc: pairs(["1.2 million were displaced.", "نزح مليون و٢٠٠ ألف شخص."]), flags: [] },
  { name: "percentages written three ways", doc: pairs(["Prices rose 12% and wages 3.5 per cent.", "ارتفعت الأسعار ١٢ بالمئة والأجور ٣٫٥ في المئة."]), flags: [] },
  { name: "words for a number in English", doc: pairs(["Two million people voted.", "وصوّت ٢ مليون شخص."]), flags: [] },
  { name: "vague quantities on both sides", doc: pairs(["Tens of thousands marched; thousands more watched.", "وسار عشرات الآلاف، وشاهدهم آلاف آخرون."]), flags: [] },
  { name: "a vague quantity on one side only", doc: pairs(["Hundreds of thousands fled.", "وفرّ كثيرون."]), flags: [] },
  { name: "the same number in two digit scripts", doc: pairs(["details about 12174 detainees", "تفاصيل عن ١٢١٧٤ معتقلًا"]), flags: [] },
  { name: "an ordinal in words for a number in a name", doc: pairs(["Speaking on Radio 4 and about Nord Stream 2.", "في حديثه على الإذاعة الرابعة وعن نورد ستريم الثانٍ."]), flags: [] },
  { name: "an ordinal run into the next word", doc: pairs(["the $11 billion Nord Stream 2 pipeline", "خط أنابيب نورد ستريم الثانٍالذي تبلغ تكلفته 11 مليار دولار"]), flags: [] },
  { name: "a fraction in words for a percentage", doc: pairs(["Turnout needs to be 50 percent plus one vote.", "يجب أن تكون نسبة المشاركة أكثر من النصف بصوت واحد."]), flags: [] },
  { name: "a telephone number in groups", doc: pairs(["Call Samaritans free on 116 123.", "اتصل بالسامريين مجانًا على الرقم 116123."]), flags: [] },
  { name: "digits in English for an ordinal in Arabic words, and the reverse", doc: pairs(["For the fourth time, 2 teams met.", "للمرة الرابعة، التقى الفريقان الثاني و٤ آخرون."]), flags: [] },
  { name: "a number word in a compound, and a decade", doc: pairs(["She sought $350 a day for the six-month gig; it has been a decade since.", "طالبت بـ350 دولارًا يوميًا لمدة 6 أشهر، ومرت 10 سنوات منذ ذلك."]), flags: [] },
  { name: "an ordinal that is another number", doc: pairs(["Speaking on Radio 4.", "في حديثه على الإذاعة الثالثة."]), flags: ["4"] },
  { name: "groups that read together as another number", doc: pairs(["Call 116 123.", "اتصل على الرقم 116124."]), flags: ["116", "123", "116124"] },
  { name: "a dropped scale word", doc: pairs(["Some 45,000 people fled.", "فرّ نحو ٤٥ شخصًا."]), flags: ["45,000", "٤٥"] },
  { name: "a different thousand", doc: pairs(["upwards of 30,000 pupils", "أكثر من ٣٠٠ ألف تلميذ"]), flags: ["30,000", "٣٠٠ ألف"] },
  { name: "a different scale", doc: pairs(["2 million dollars", "٢ مليار دولار"]), flags: ["2 million", "٢ مليار"] },
  { name: "an exact number on one side, a vague one on the other", doc: pairs(["45,000 people fled.", "وفرّ عشرات الآلاف."]), flags: ["45,000"] },
  { name: "transposed digits with a scale", doc: pairs(["12,174 detainees", "١٢٤٧١ معتقلًا"]), flags: ["12,174", "١٢٤٧١"] },
  { name: "a percentage that differs", doc: pairs(["Prices rose 12%.", "ارتفعت الأسعار ٢١ بالمئة."]), flags: ["12%", "٢١ بالمئة"] },
]);

describe("number-mismatch messages", () => {
  it("names the value and the likely counterpart", () => {
    const doc = pairs(["12,174 detainees", "١٢٤٧١ معتقلًا"]);
    const findings = runChecks(doc, { enabled: ["number-mismatch"] });
    expect(findings.map((f) => f.params)).to.deep.equal([{ number: "12174", other: "12471" }, { number: "12471", other: "12174" }]);
  });

  it("flags nothing in a faithful pair full of Arabic number words", () => {
    const en = "The fighting has displaced 45,000 people, 150,000 need food, 2 million dollars were pledged, 3,000 tents arrived and tens of thousands are still on the roads.";
    const ar = "أدى القتال إلى نزوح ٤٥ ألف شخص، ويحتاج ١٥٠ ألفًا إلى الغذاء، وتم التعهد بمليوني دولار، ووصلت ثلاثة آلاف خيمة، ولا يزال عشرات الآلاف على الطرقات.";
    expect(flaggedTexts("number-mismatch", pairs([en, ar]))).to.deep.equal([]);
  });
});
