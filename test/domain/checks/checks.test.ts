import { expect } from "chai";
import { runChecks } from "../../../server/domain/checks/run-checks.js";
import { runTable, en, ar, pairs } from "./table.js";

const GLOSSARY = [
  { ar: "أحرار الشام", en: "Ahrar al-Sham", kind: "organisation", note: "" },
  { ar: "الدار الكبيرة", en: "al-Dar al-Kabira", kind: "place", note: "" },
];
/** The glossary with a known variant of Ahrar al-Sham. */
const WITH_VARIANTS = [...GLOSSARY, { ar: "أحرار الشام", en: "Ahrar ash-Sham", kind: "organisation", note: "", variantOf: "Ahrar al-Sham" }];

runTable("spelling", [
  { name: "dictionary words, US and British", doc: en("The programme's behaviour in the centre was organised."), flags: [] },
  { name: "an unknown name mid-sentence", doc: en("The activist Khallad al-Zubaidi said so."), flags: [] },
  { name: "a glossary name", doc: { en: ["He met Ahrar al-Sham fighters."], ar: [], context: { glossary: GLOSSARY } }, flags: [] },
  { name: "a name transliterated from the Arabic side", doc: pairs(["Activist Mahmoud al-Jada’an spoke.", "قال الناشط محمود الجدعان."]), flags: [] },
  { name: "a lower-case misspelling", doc: en("They did not recieve the aid."), flags: ["recieve"] },
  { name: "a misspelt weekday", doc: en("The match is on Tuseday evening."), flags: ["Tuseday"] },
  { name: "a misspelt sentence opener", doc: en("Beleive it or not, it rained."), flags: ["Beleive"] },
  { name: "a misspelt weekday before a preposition", doc: en("The talks resume on Wendesday at noon."), flags: ["Wendesday"] },
  { name: "a misspelt opener before a capitalised word", doc: en("Alot People came to the square."), flags: ["Alot"] },
  { name: "a foreign phrase that opens a sentence", doc: en("The minister was firm. Il faut bien le faire."), flags: [] },
  { name: "elided name parts", doc: en("He won the Palme d'Or and left for Côte d'Ivoire."), flags: [] },
]);

runTable("real-word", [
  { name: "correct function words", doc: en("The two sides agreed, and they met at 10 a.m. on its 40th anniversary."), flags: [] },
  { name: "tow for two (the fix is the phrase: number-agreement.test.ts)", doc: en("The tow side agreed to a truce."), flags: ["tow side"] },
  { name: "a tow truck is fine", doc: en("The tow truck arrived late."), flags: [] },
  { name: "they for the", doc: en("Tim Berners-Lee, they inventor of the web, spoke."), flags: ["they"] },
  { name: "lead for led", doc: en("It was lead by a former officer."), flags: ["lead"] },
  { name: "no for on", doc: en("He failed to carry through no his promise."), flags: ["no"] },
  { name: "it's for its", doc: en("The city was celebrating it's 40th anniversary."), flags: ["it's"] },
  { name: "than without a comparative", doc: en("Prosecutors filed an indictment than included eight charges."), flags: ["than"] },
  { name: "than after a comparative", doc: en("It was bigger than the last one."), flags: [] },
  { name: "as before a clock time", doc: en("The match starts as 12:55 p.m. on Tuesday."), flags: ["as"] },
  { name: "bean after had", doc: en("Seven people had bean taken to hospital."), flags: ["bean"] },
  { name: "nouns of one confusion set are left to the language model (real-word-model.test.ts)", doc: en("Rain fell from the stat of the march."), flags: [] },
  { name: "a rare word is not judged", doc: en("She took a shot into the goal and saw their chance."), flags: [] },
]);

runTable("repeated-word", [
  { name: "legitimate repeats", doc: en("He had had enough at the Roa Roa Hotel."), flags: [] },
  { name: "a doubled article", doc: en("They met the the delegation."), flags: ["the the"] },
  { name: "a garbled run", doc: en("The cities and towns of the of Homs were divided."), flags: ["of the of"] },
  { name: "a heading run into its paragraph", doc: en("Mosul Mosul (the city on the Tigris) fell in June."), flags: ["Mosul Mosul"] },
]);

runTable("odd-whitespace", [
  { name: "single spaces and a no-break space in a unit", doc: en("It is 10\u00a0km away."), flags: [] },
  { name: "a no-break space plus a space", doc: en("However,\u00a0 after the agreement"), flags: ["\u00a0 "] },
  { name: "two spaces", doc: en("The  agreement"), flags: ["  "] },
  { name: "Arabic double space", doc: ar("قال  الناشط"), flags: ["  "] },
]);

runTable("unbalanced-quotes", [
  { name: "balanced curly and straight quotes", doc: en("He said “yes” and she said \"no\" (twice)."), flags: [] },
  { name: "a closing mark that never opened", doc: en("It views the region the way the regime does.”"), flags: ["”"] },
  { name: "a stray straight quote", doc: en("Mandela said: \"If you talk to him in his own \"language it goes to his heart.\""), flags: ["\""] },
  { name: "balanced straight quotes with misplaced spaces", doc: en("He wrote that the plan was sound.\" It is better to wait,\" he said, and called it a\"success.\""), flags: [] },
  { name: "a stray straight quote after a closed quotation", doc: { en: ["\"We will rebuild,\" said \"Omar Haddad, the mayor.", "He left."], ar: [] }, flags: ["\""] },
  { name: "a missing closing quote before the attribution", doc: { en: ["\"The road is open again, said Omar Haddad, the mayor.", "\"It took a year.\""], ar: [] }, flags: ["\""] },
  { name: "a straight quotation over two paragraphs, news style", doc: { en: ["The mayor said: \"The road is open again.", "\"It took a year,\" he added."], ar: [] }, flags: [] },
  { name: "a quotation opened in mid-sentence never closes", doc: { en: ["The mayor called the road \"a lifeline for the valley.", "\"It took a year,\" he added."], ar: [] }, flags: ["\""] },
  { name: "a quotation closed in the next paragraph without reopening", doc: { en: ["The note read: \"Meet at the bridge.", "Bring the maps,\" it ended."], ar: [] }, flags: [] },
  { name: "a quotation running on into the next paragraph", doc: { en: ["“The first part,", "“and the second.”"], ar: [] }, flags: [] },
  { name: "balanced Arabic guillemets", doc: ar("وقال إن «الهدنة تهدف إلى كسب الحرب»."), flags: [] },
  { name: "an Arabic guillemet left open", doc: ar("وقال إن «الهدنة تهدف إلى كسب الحرب."), flags: ["«"] },
]);

runTable("punctuation-slip", [
  { name: "an ellipsis and numbers", doc: en("He paused... then paid 1,200 dollars, or 3.5 each."), flags: [] },
  { name: "a doubled full stop", doc: en("The war goes on.. and on."), flags: [".."] },
  { name: "a space before a comma", doc: en("He said , then left."), flags: [" "] },
]);

runTable("transliteration-consistency", [
  { name: "one spelling throughout", doc: { en: ["Bin Ladin spoke.", "Bin Ladin left."], ar: [] }, flags: [] },
  { name: "two different names", doc: { en: ["Khalid met Khallad.", "Khallad and Khallad again, Khalid too."], ar: [] }, flags: [] },
  { name: "a later variant", doc: { en: ["Bin Ladin spoke.", "Bin Ladin left.", "Later Bin Laden returned."], ar: [] }, flags: ["Laden"] },
  { name: "final -ah", doc: { en: ["at al-Dar al-Kabira crossing", "at the Al-Dar al-Kabirah crossing"], ar: [] }, flags: ["al-Kabirah"] },
]);

runTable("glossary-spelling", [
  { name: "the glossary spelling", doc: { ...pairs(["Ahrar al-Sham tried to abort it.", "حاول أحرار الشام إفشاله."]), context: { glossary: GLOSSARY } }, flags: [] },
  { name: "a spelling against the glossary", doc: { ...pairs(["Ahrar al-Cham tried to abort it.", "حاول أحرار الشام إفشاله."]), context: { glossary: GLOSSARY } }, flags: ["Ahrar al-Cham"] },
  { name: "the Arabic names another body", doc: { ...pairs(["Ahrar al-Cham tried to abort it.", "حاول فصيل آخر إفشاله."]), context: { glossary: GLOSSARY } }, flags: [] },
  { name: "a known variant, met letter for letter", doc: { ...pairs(["Ahrar ash-Sham tried to abort it.", "حاول أحرار الشام إفشاله."]), context: { glossary: WITH_VARIANTS } }, flags: ["Ahrar ash-Sham"] },
  { name: "a known variant without an Arabic counterpart", doc: { en: ["Ahrar ash-Sham tried to abort it."], ar: [], context: { glossary: WITH_VARIANTS } }, flags: ["Ahrar ash-Sham"] },
  { name: "a look-alike variant where the text has the approved spelling", doc: { ...pairs(["Ahrar al-Sham tried to abort it.", "حاول أحرار الشام إفشاله."]), context: { glossary: WITH_VARIANTS } }, flags: [] },
  { name: "a misspelling close to the approved spelling and its variant", doc: { en: ["Ahrar al-Cham tried to abort it."], ar: [], context: { glossary: WITH_VARIANTS } }, flags: ["Ahrar al-Cham"] },
]);

describe("glossary-spelling proposes the approved spelling for a known variant", () => {
  it("suggests Ahrar al-Sham, not the variant, for the variant and for a look-alike of both", () => {
    for (const text of ["Ahrar ash-Sham tried to abort it.", "Ahrar al-Cham tried to abort it."]) {
      const findings = runChecks({ en: [text], ar: [], context: { glossary: WITH_VARIANTS } }, { enabled: ["glossary-spelling"] });
      expect(findings.map((f) => [f.suggestion, f.params.glossary]), text).to.deep.equal([["Ahrar al-Sham", "Ahrar al-Sham"]]);
    }
  });
});

runTable("naming-consistency", [
  { name: "one name", doc: { en: ["On that day the Negotiations Committee made a new agreement.", "Later the Negotiations Committee handed in the file."], ar: [] }, flags: [] },
  { name: "three word forms", doc: { en: ["On that day the Negotiations Committee made a new agreement.", "Later the Negotiations Committee handed in the file.", "A member of the Negotiation Committee said the Negotiating Committee was serious."], ar: [] }, flags: ["Negotiation Committee", "Negotiating Committee"] },
  { name: "case", doc: { en: ["between the two parties: The Syrian Regime and the opposition.", "the way the Syrian regime does.", "supporting the Syrian regime are"], ar: [] }, flags: ["Syrian Regime"] },
]);

runTable("number-mismatch", [
  { name: "the same number in two digit scripts", doc: pairs(["details about 12174 detainees", "تفاصيل عن ١٢١٧٤ معتقلًا"]), flags: [] },
  { name: "a number written with separators", doc: pairs(["some 1,200 people", "نحو ١٬٢٠٠ شخص"]), flags: [] },
  { name: "transposed digits", doc: pairs(["details about 12174 detainees", "تفاصيل عن ١٢٤٧١ معتقلًا"]), flags: ["12174", "١٢٤٧١"] },
]);

runTable("date-mismatch", [
  { name: "the same month", doc: pairs(["the previous agreement in August", "الاتفاق السابق في آب/أغسطس"]), flags: [] },
  { name: "a different month", doc: pairs(["the previous agreement in August", "الاتفاق السابق في أيلول"]), flags: ["August", "أيلول"] },
]);

runTable("name-one-side", [
  { name: "a name on both sides", doc: pairs(["Kamal Bakkar thinks so.", "ويرى كمال بكار ذلك."]), flags: [] },
  { name: "a name missing from the Arabic", doc: pairs(["The activist Kamal Bakkar thinks so.", "ويرى الناشط ذلك."]), flags: ["Kamal", "Bakkar"] },
]);

runTable("untranslated-paragraph", [
  { name: "every paragraph paired", doc: pairs(["Moscow made a proposal.", "قدمت موسكو عرضًا."]), flags: [] },
  {
    name: "an Arabic paragraph without counterpart",
    doc: { en: ["Moscow made a proposal."], ar: ["قدمت موسكو عرضًا.", "وكانت الدول الضامنة قد اتفقت على إنشاء أربع مناطق."], beads: [{ en: [0], ar: [0] }, { en: [], ar: [1] }] },
    flags: ["وكانت الدول الضامنة قد اتفقت على إنشاء أربع مناطق."],
  },
  { name: "one-sided boilerplate", doc: { en: ["Moscow made a proposal.", "Click here to support us"], ar: ["قدمت موسكو عرضًا."], beads: [{ en: [0], ar: [0] }, { en: [1], ar: [] }] }, flags: [] },
]);

const LONG_EN = "The Negotiations Committee handed in the detainees’ file, which contains details about many detainees, to the Russian side.";
const LONG_AR = "وسلّمت لجنة التفاوض ملف المعتقلين، الذي يتضمن تفاصيل عن معتقلين كثر، إلى الجانب الروسي، الذي تعهد بالعمل عليه بجدية.";
runTable("length-ratio", [
  { name: "pairs in proportion", doc: pairs([LONG_EN, LONG_AR], [LONG_EN, LONG_AR], [LONG_EN, LONG_AR]), flags: [] },
  { name: "a pair far out of proportion", doc: pairs([LONG_EN, LONG_AR], [LONG_EN, LONG_AR], [LONG_EN, LONG_AR], [LONG_EN, LONG_AR.repeat(4)]), flags: [LONG_EN] },
]);

runTable("duplicated-paragraph", [
  { name: "distinct paragraphs", doc: { en: ["Children sitting on the side of the road.", "Another paragraph of text."], ar: [] }, flags: [] },
  { name: "a repeated caption", doc: { en: ["Children sitting on the side of the road.", "Children sitting on the side of the road."], ar: [] }, flags: ["Children sitting on the side of the road."] },
  { name: "a repeated Arabic paragraph", doc: { en: [], ar: ["أطفال يجلسون على جانب الطريق", "أطفال يجلسون على جانب الطريق"] }, flags: ["أطفال يجلسون على جانب الطريق"] },
]);

runTable("wrong-language", [
  { name: "each edition in its script", doc: pairs(["Moscow made a proposal.", "قدمت موسكو عرضًا."]), flags: [] },
  { name: "Arabic in the English edition", doc: en("النسخة العربية من المقال"), flags: ["النسخة العربية من المقال"] },
  { name: "English in the Arabic edition", doc: ar("Read the English version here"), flags: ["Read the English version here"] },
]);

runTable("tatweel", [
  { name: "plain Arabic", doc: ar("قال الناشط"), flags: [] },
  { name: "a kashida", doc: ar("قـــال الناشط"), flags: ["ـــ"] },
]);

runTable("latin-in-arabic", [
  { name: "a Latin acronym on its own", doc: ar("قالت وكالة AFP إن"), flags: [] },
  { name: "Latin letters inside an Arabic word", doc: ar("في المدينهo القديمة"), flags: ["المدينهo"] },
]);

runTable("mixed-digits", [
  { name: "one digit script per paragraph", doc: ar("في ٤ تشرين الأول ٢٠١٧"), flags: [] },
  { name: "mixed digit scripts", doc: ar("في ٤ تشرين الأول ٢٠١٧ وفي 2018"), flags: ["2018"] },
]);

runTable("arabic-repeated-word", [
  { name: "a reduplicated adverb", doc: ar("تقدموا رويدًا رويدًا نحو المدينة"), flags: [] },
  { name: "a repeated preposition", doc: ar("وصلوا في في المساء"), flags: ["في في"] },
]);

runTable("arabic-punctuation-spacing", [
  { name: "well-spaced marks", doc: ar("قال الناشط، وأضاف؛ ثم سأل: لماذا؟"), flags: [] },
  { name: "a space before a comma", doc: ar("قال الناشط ، وأضاف"), flags: [" "] },
  { name: "a word glued after a comma", doc: ar("قال الناشط،وأضاف"), flags: ["،"] },
]);

runTable("corpus-name-consistency", [
  { name: "no corpus statistics", doc: en("Bin Laden spoke."), flags: [] },
  { name: "a rare spelling against the corpus", doc: { en: ["Bin Laden spoke."], ar: [], context: { corpus: { spellings: new Map([["Ladin", 40], ["Laden", 2]]) } } }, flags: ["Laden"] },
]);
