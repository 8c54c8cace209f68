/**
 * name-one-side on pairs: names Arabic writes the way it writes foreign names (g as ج, s as ز, sh
 * as س + ه, hyphenated names as two words, Latin letters kept, words run together) are found;
 * English words translated by meaning are no names; a name the Arabic edition gives in another
 * paragraph and a middle name it leaves out are not missing; a name the Arabic lacks is still flagged.
 */
import { expect } from "chai";
import { MAX_SKELETON, RUN_TOGETHER } from "../../../server/domain/checks/name-one-side.js";
import type { CheckDocument } from "../../../server/domain/checks/types.js";
import { loadWordList } from "../../../server/services/word-list-loader.js";
import { flaggedTexts, pairs, runTable } from "./table.js";

const words = loadWordList() ?? undefined;

runTable("name-one-side", [
  { name: "a hyphenated name written as two words", doc: pairs(["Tim Berners-Lee spoke.", "تحدث تيم بيرنرز لي."]), flags: [] },
  { name: "a hyphenated name with one piece missing", doc: pairs(["Lynsey Plasco-Flaxman spoke.", "تحدثت ليندسي فلاكسمان."]), flags: ["Plasco"] },
  { name: "g written as ج", doc: pairs(["President Gjorge Ivanov spoke.", "تحدث الرئيس جورجي إيفانوف."]), flags: [] },
  { name: "g and a final h", doc: pairs(["Sutopo Purwo Nugroho said so.", "قال سوتوبو بورو نوجروو ذلك."]), flags: [] },
  { name: "s written as ز", doc: pairs(["The company consists of Jones and others.", "تتكون الشركة من جونز وآخرين."]), flags: [] },
  { name: "sh read as s and h", doc: pairs(["They played in Sinsheim today.", "لعبوا في سينسهايم اليوم."]), flags: [] },
  { name: "ch written as تش", doc: pairs(["The coach Mourinho met Pochettino.", "التقى المدرب مورينيو بوتشيتينو."]), flags: [] },
  { name: "a plural family name", doc: pairs(["Both Rosenbergs were tried.", "حوكم آل روزنبرغ."]), flags: [] },
  { name: "the name kept in Latin letters", doc: pairs(["Staff from Donggala arrived.", "وصل موظفون من Donggala بأمان."]), flags: [] },
  { name: "an acronym with a possessive", doc: pairs(["It aired on MSNBC's show.", "بث على قناة إم إس إن بي سي."]), flags: [] },
  { name: "a name inside words run together", doc: pairs(["A lawyer for Saipov spoke.", "تحدثأحدالمحامينالممثلينلسايبوف."]), flags: [] },
  { name: "words run together without the name", doc: pairs(["A lawyer for Saipov spoke.", "تحدثأحدالمحامينالممثلينللمتهم."]), flags: ["Saipov"] },
  { name: "a name glued to the word before it", doc: pairs(["He thanked Professor Czeisler.", "شكر الأستاذسزيسلر."]), flags: [] },
  { name: "a middle name left out between the names present", doc: pairs(["Sayfullo Habibullaevic Saipov caused harm.", "تسبب سيفولو سايبوف في أضرار."]), flags: [] },
  { name: "a last name missing beside a name present", doc: pairs(["Sayfullo Habibullaevic caused harm.", "تسبب سيفولو في أضرار."]), flags: ["Habibullaevic"] },
  { name: "a name the Arabic edition gives elsewhere, here a pronoun", doc: pairs(["Nugroho described the damage.", "وصف نوجروهو الأضرار."], ["Communications were cut, Nugroho said.", "وقال إن الاتصالات انقطعت."]), flags: [] },
  { name: "a name the Arabic edition never gives", doc: pairs(["Nugroho described the damage.", "وصف نوجروهو الأضرار."], ["Communications were cut, Sutopo said.", "وقال إن الاتصالات انقطعت."]), flags: ["Sutopo"] },
]);

describe("name-one-side with the larger word list", () => {
  const withWords = (en: string, ar: string): CheckDocument => ({ ...pairs([en, ar]), context: { words } });
  it("takes a word of the list as translated by meaning (Chequers)", function () {
    if (!words) this.skip();
    expect(flaggedTexts("name-one-side", withWords("Theresa May's Chequers plan failed.", "فشلت خطة تيريزا ماي."))).to.deep.equal([]);
  });
  it("still flags a name the list lacks", function () {
    if (!words) this.skip();
    expect(flaggedTexts("name-one-side", withWords("The activist Kamal Bakkar thinks so.", "ويرى الناشط ذلك."))).to.deep.equal(["Kamal", "Bakkar"]);
  });
  it("reads words run together at RUN_TOGETHER letters and bounds skeletons by MAX_SKELETON", () => {
    expect(RUN_TOGETHER).to.be.within(11, 14);
    expect(MAX_SKELETON).to.equal(24);
  });
});
