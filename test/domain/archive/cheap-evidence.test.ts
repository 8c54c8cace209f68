import { expect } from "chai";
import { arabicWordsTranslated, cheapCandidates, dayWindow, describeArchive, indexArchive, lengthAgreement, sharedEvidence } from "../../../server/domain/archive/cheap-evidence.js";
import { AR, EN, madeUpLexicon } from "../../helpers/made-up-archive.js";

describe("archive pairing: cheap evidence through posting lists", () => {
  const lexicon = madeUpLexicon();
  const index = indexArchive(describeArchive(EN, AR, lexicon));
  const ids = (e: number, window = 7) => cheapCandidates(index, e, dayWindow(index, EN[e]!, window)).map((c) => AR[c.ar]?.id);

  it("ranks the true edition first, with its numbers in Arabic-Indic digits", () => {
    expect(ids(0)[0]).to.equal("ar-budget");
    const best = cheapCandidates(index, 0, dayWindow(index, EN[0]!, 7))[0]!;
    expect(best.anchors).to.be.greaterThan(0.5);
    expect(best.names).to.be.greaterThan(0.5);
    expect(best.words).to.be.greaterThan(0.5);
  });

  it("ranks the true edition first with Western digits too, above an article of the same day", () => {
    expect(ids(1)[0]).to.equal("ar-floods");
  });

  it("sees only the Arabic articles inside the date window", () => {
    expect(ids(1, 0)).to.not.include("ar-budget"); // two days earlier
    expect(ids(1, 0)).to.include("ar-floods");
  });

  it("names what the pair shares: numbers by value, names by skeleton, translated words", () => {
    const shared = sharedEvidence(index.described, 0, 2);
    expect(shared.numbers).to.include.members(["12", "120", "87"]);
    expect(shared.names).to.include("Khalid");
    expect(shared.words).to.be.at.least(4);
    expect(sharedEvidence(index.described, 0, 1).names).to.deep.equal([]);
  });

  it("reads the lexicon backwards: the share of the Arabic article's dictionary words the English one translates", () => {
    const translationsOf = (e: number) => new Set(index.described.en[e]!.lexical.flatMap((ids) => Array.from(ids)));
    const floods = translationsOf(1);
    expect(arabicWordsTranslated(index, 0, floods)).to.be.greaterThan(0.5); // ar-floods
    expect(arabicWordsTranslated(index, 2, floods)).to.equal(0); // ar-budget: none of its words
    expect(arabicWordsTranslated(index, 1, floods)).to.equal(0); // ar-cinema: no dictionary word at all
    expect(arabicWordsTranslated(index, 2, translationsOf(0))).to.be.greaterThan(0.5);
  });

  it("counts words both ways: an English article that says more than its short Arabic edition still meets all of it", () => {
    // The Arabic brief carries four of the English words: one way the English covers little of itself, the other way all of the Arabic.
    const en = [{ id: "en-long", date: "2019-03-05", title: "Rain floods homes", paragraphs: ["Rain flooded homes; rescue teams moved families to the city; parliament debated the budget; the minister spoke."] }];
    const ar = [{ id: "ar-brief", date: "2019-03-05", title: "فيضان في المدينة", paragraphs: ["المطر أغرق المنزل."] },
      // Weeks earlier, outside the window: the other English words are known to the archive, so they count against the brief one way.
      { id: "ar-other", date: "2019-02-01", title: "البرلمان يناقش الميزانية", paragraphs: ["قال الوزير إن فرق الإنقاذ ساعدت كل عائلة."] }];
    const brief = indexArchive(describeArchive(en, ar, lexicon));
    const [only] = cheapCandidates(brief, 0, dayWindow(brief, en[0]!, 7));
    expect(only).to.not.equal(undefined);
    const arabicWay = arabicWordsTranslated(brief, 0, new Set(brief.described.en[0]!.lexical.flatMap((ids) => Array.from(ids))));
    const englishWay = only!.words * 2 - arabicWay;
    expect(arabicWay).to.equal(1);
    expect(englishWay).to.be.below(0.6);
    expect(only!.words).to.be.greaterThan(englishWay);
  });

  it("counts a glossary entry written on both sides as shared evidence, and names it", () => {
    // A translated name no transliteration can see: only the glossary links the two forms.
    const en = [{ id: "en-gcc", date: "2019-03-05", title: "Summit", paragraphs: ["Leaders of the Gulf Cooperation Council met on Tuesday."] }];
    const ar = [
      { id: "ar-gcc", date: "2019-03-05", title: "قمة", paragraphs: ["اجتمع قادة مجلس التعاون الخليجي يوم الثلاثاء."] },
      { id: "ar-other", date: "2019-03-05", title: "طقس", paragraphs: ["كان الطقس معتدلا يوم الثلاثاء."] },
    ];
    const glossary = [{ en: "Gulf Cooperation Council", ar: "مجلس التعاون الخليجي" }];
    const anchorsOf = (terms: typeof glossary) => {
      const idx = indexArchive(describeArchive(en, ar, null, terms));
      return new Map(cheapCandidates(idx, 0, dayWindow(idx, en[0]!, 7)).map((c) => [ar[c.ar]!.id, c.anchors]));
    };
    const without = anchorsOf([]);
    const withGlossary = anchorsOf(glossary);
    // Without the glossary both Arabic articles share only the weekday; with it, the summit's edition leads.
    expect(without.get("ar-gcc")).to.equal(without.get("ar-other"));
    expect(withGlossary.get("ar-gcc")).to.be.greaterThan((withGlossary.get("ar-other") ?? 0) + 0.2);
    const shared = sharedEvidence(describeArchive(en, ar, null, glossary), 0, 0);
    expect(shared.names).to.include("gulf cooperation council");
    expect(shared.numbers.some((x) => x.startsWith("g:"))).to.equal(false);
  });

  it("agrees most on length at the archive's own ratio", () => {
    expect(lengthAgreement(100, 90, 0.9)).to.equal(1);
    expect(lengthAgreement(100, 300, 0.9)).to.be.below(0.01);
    expect(lengthAgreement(0, 90, 0.9)).to.equal(0);
  });
});
