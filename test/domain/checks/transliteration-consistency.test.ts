/**
 * transliteration-consistency on whole documents: which spelling wins (glossary, majority, first
 * use), ties as questions, the article written attached, apart or joined, near names left alone,
 * and full names that name two people (Ali Mohamed, Mohammed Atef) told from one name spelt two ways.
 */
import { expect } from "chai";
import { runChecks } from "../../../server/domain/checks/run-checks.js";
import type { CheckDocument } from "../../../server/domain/checks/types.js";
import { runTable } from "./table.js";

const doc = (...en: string[]): CheckDocument => ({ en, ar: [] });

runTable("transliteration-consistency", [
  { name: "one spelling throughout", doc: doc("Bin Ladin spoke.", "Bin Ladin left."), flags: [] },
  { name: "two different men", doc: doc("Khalid met Khallad.", "Khallad and Khallad again, Khalid too."), flags: [] },
  { name: "a later variant", doc: doc("Bin Ladin spoke.", "Bin Ladin left.", "Later Bin Laden returned."), flags: ["Laden"] },
  { name: "final -ah", doc: doc("at al-Dar al-Kabira crossing", "at the Al-Dar al-Kabirah crossing"), flags: ["al-Kabirah"] },
  { name: "an apostrophe for the ain", doc: doc("The Qaida cell met.", "Qaida money moved.", "A Qa'ida courier left."), flags: ["Qa'ida"] },
  { name: "a possessive and a dropped vowel", doc: doc("Zawahiri's deputy spoke.", "He met Zawahiri twice.", "Then Zawahri wrote."), flags: ["Zawahri"] },
  { name: "the majority wins over the first use", doc: doc("The Qaida leaders met.", "Later the Qaeda leaders and Qaeda money.", "Qaeda again."), flags: ["Qaida"] },
  { name: "a tie is flagged on the later spelling", doc: doc("Mullah Omar refused.", "Then Mullah Umar agreed."), flags: ["Umar"] },
  { name: "the article joined", doc: doc("Nawaf al-Hazmi arrived.", "Al-Hazmi rented a car and al-Hazmi paid.", "Alhazmi left."), flags: ["Alhazmi"] },
  { name: "the article apart", doc: doc("Nawaf al-Hazmi arrived.", "Then al-Hazmi paid.", "Later Al Hazmi left."), flags: ["Al Hazmi"] },
  { name: "the short form without the article", doc: doc("Nawaf al-Hazmi arrived.", "Hazmi paid.", "Hazmi left."), flags: [] },
  { name: "two established spellings (a quoted source)", doc: doc("Khalid spoke. Khalid left.", "Khalid returned, Khalid said.", "A cable called him \"Khaled\" and \"Khaled\" again."), flags: [] },
  { name: "near names: Hassan and Hussein", doc: doc("Hassan met Hussein.", "Hassan left."), flags: [] },
  { name: "near names: Ali and Alia", doc: doc("Ali met Alia.", "Ali left."), flags: [] },
  { name: "near names: Saad and Saud", doc: doc("Prince Saud met Saad.", "Saud left."), flags: [] },
  { name: "English surnames", doc: doc("Davis met Davies.", "Davis left. Mark met Marc. Mark left."), flags: [] },
  { name: "a sentence-initial word", doc: doc("Will Smith spoke.", "Well, Will Smith left."), flags: [] },
  { name: "the article joined after the short form", doc: doc("Shehhi arrived.", "Shehhi paid.", "Later Alshehhi left."), flags: ["Alshehhi"] },
  { name: "the article joined after the attached article and the short form", doc: doc("Marwan al-Shehhi arrived.", "Shehhi paid, Shehhi's car.", "Alshehhi left."), flags: ["Alshehhi"] },
  { name: "the short form after the attached article", doc: doc("Nawaf al-Hazmi arrived.", "Then al-Hazmi paid.", "Hazmi left."), flags: [] },
  { name: "a name after a hyphen (a dash turned hyphen)", doc: doc("Yousef was caught.", "Yousef fled.", "Khalid Sheikh Mohammed-Yusuf 's uncle helped."), flags: ["Yusuf"] },
  { name: "a name before a hyphen", doc: doc("He flew to Qatar.", "Qatar said so.", "He went on to Katar-the uncle stayed."), flags: ["Katar"] },
  { name: "Abd joined by a hyphen stays one name", doc: doc("Abdulaziz spoke.", "Abdulaziz left.", "Then Abdul-Aziz returned."), flags: ["Abdul-Aziz"] },
  { name: "ibn and bin before different names", doc: doc("Then Bin Ladin spoke.", "Later Bin Ladin left.", "He studied at the Imam Muhammad Ibn Saud Islamic University."), flags: [] },
  { name: "ibn for bin before one name", doc: doc("Then Bin Ladin spoke.", "Later Bin Ladin left.", "Then Ibn Ladin wrote."), flags: ["Ibn"] },
  { name: "a Vietnamese name with and without its marks", doc: doc("the Chinese Tran (Chen) clan", "under Trần Kinh (Chén Jīng)", "the Trần dynasty of Trần Quốc Tuấn"), flags: [] },
  { name: "one word in other languages", doc: doc("Portuguese: Floresta Amazônica or Amazônia; Spanish: Selva Amazónica, Amazonía or usually Amazonia."), flags: [] },
  { name: "the marks of scholarly romanisation", doc: doc("Salah spoke.", "Salah left.", "Then Ṣalāḥ wrote."), flags: ["Ṣalāḥ"] },
  { name: "two people: each full name has a name the other lacks", doc: doc("It was led by Ali Mohamed, an officer.", "Abu Hafs (also known as Mohammed Atef) met them.", "Mohammed Atef faxed the list."), flags: [] },
  { name: "two people sharing a first name", doc: doc("A man named Khalid al-Shaykh al-Ballushi was a lieutenant.", "Khalid Sheikh Mohammed left.", "Khalid Sheikh Mohammed returned."), flags: [] },
  { name: "two people: a surname after an initial", doc: doc("the execution of Johann Esch and others", "known by John C. Messenger's translation"), flags: [] },
  { name: "one person: the same surname", doc: doc("Mohammed Atta arrived.", "Mohammed Atta paid.", "Then Mohamed Atta left."), flags: ["Mohamed"] },
  { name: "one person: a full name and the name alone", doc: doc("Prophet Mohammed spoke.", "The Prophet Mohammed said.", "Mohamed's sayings were kept."), flags: ["Mohamed"] },
  { name: "one person: a title word is no other name", doc: doc("They held Sheikh Omar Abdel Rahman.", "Then Sheikh Omar Abdel Rahman spoke.", "the \"Blind Shaykh,\" who was serving a life sentence"), flags: ["Shaykh"] },
  // A quotation's first word starts a sentence: "Their" there is no spelling of the name Thaer
  // (an apply-everywhere of such a finding once rewrote "They do not exist" as "The do not exist").
  { name: "a word opening a quotation beside a name", doc: doc("Thaer Hamdan fled in March.", "Hamdan said that “Their homes were destroyed,” and left.", "Thaer now lives in Idlib."), flags: [] },
  { name: "a word opening a paragraph's quotation", doc: doc("Thaer Hamdan fled.", "“Their homes are gone,” Thaer said.", "'Their children too.'"), flags: [] },
  { name: "a name opening a quotation is still a name", doc: doc("Thaer Hamdan fled.", "Thaer left.", "He wrote: “Thair is my brother.”"), flags: ["Thair"] },
  { name: "consonant variants: dh/d, kh/h, q/k", doc: doc("Mihdhar and Kandahar.", "Mihdhar went to Kandahar.", "Midhar and Qandahar."), flags: ["Midhar", "Qandahar"] },
]);

describe("transliteration-consistency fixes and questions", () => {
  const run = (d: CheckDocument) => runChecks(d, { enabled: ["transliteration-consistency"] });

  it("offers the majority spelling as the fix", () => {
    const [f] = run(doc("Bin Ladin spoke.", "Bin Ladin left.", "Later Bin Laden returned."));
    expect(f?.suggestion).to.equal("Ladin");
    expect(f?.params).to.deep.equal({ word: "Laden", canonical: "Ladin" });
  });

  it("asks about a tie instead of fixing it", () => {
    const [f] = run(doc("Mullah Omar refused.", "Then Mullah Umar agreed."));
    expect(f?.suggestion).to.equal(null);
    expect(f?.params).to.deep.equal({ word: "Umar", canonical: "Omar", context: "question" });
  });

  it("keeps the article as the slip writes it", () => {
    const [f] = run(doc("at al-Dar al-Kabira crossing", "past al-Kabira", "at the Al-Dar al-Kabirah crossing"));
    expect(f?.suggestion).to.equal("al-Kabira");
    const [joined] = run(doc("Nawaf al-Hazmi arrived.", "Then al-Hazmi paid.", "Alhazmi left."));
    expect(joined?.suggestion).to.equal("al-Hazmi");
  });

  it("fixes a joined article to the document's usual form", () => {
    const [f] = run(doc("Shehhi arrived.", "Shehhi paid.", "Later Alshehhi left."));
    expect(f?.suggestion).to.equal("Shehhi");
    const [g] = run(doc("Alshehhi arrived.", "Alshehhi paid.", "Later Shehhi left."));
    expect(g?.suggestion).to.equal("Alshehhi");
  });

  it("lets the glossary's spelling win over the document's majority", () => {
    const glossary = [{ en: "Ahrar al-Sham", ar: "أحرار الشام", kind: "", note: "" }];
    const d: CheckDocument = { ...doc("Fighters of al-Cham came.", "Then al-Cham left."), context: { glossary } };
    const found = run(d);
    expect(found.map((f) => f.suggestion)).to.deep.equal(["al-Sham", "al-Sham"]);
  });

  it("leaves a whole one-word glossary entry to glossary-spelling", () => {
    const glossary = [{ en: "Kandahar", ar: "قندهار", kind: "", note: "" }];
    expect(run({ ...doc("They went to Qandahar."), context: { glossary } })).to.deep.equal([]);
  });
});
