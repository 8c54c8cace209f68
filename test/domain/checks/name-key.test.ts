/**
 * The name key on pairs from general knowledge of Arabic romanisation (none taken from the checks'
 * development set): variants that must be one name, and near names that are different people.
 */
import { expect } from "chai";
import { blockingKeys, hasForeignMarks, nameDistance, sameName } from "../../../server/domain/checks/name-key.js";

/** Spellings of one name. */
export const VARIANTS: [string, string][] = [
  ["Mohammed", "Muhammad"], ["Mohamed", "Mohammed"], ["Mohamed", "Muhammad"], ["Muhammad", "Mohammad"],
  ["Omar", "Umar"], ["Osama", "Usama"], ["Hussein", "Husain"], ["Hussein", "Hussain"], ["Husayn", "Hussein"],
  ["Khalid", "Khaled"], ["Hamza", "Hamzah"], ["Abdullah", "Abdallah"], ["Yousef", "Yusuf"], ["Youssef", "Yusuf"],
  ["Ahmed", "Ahmad"], ["Mahmoud", "Mahmud"], ["Faisal", "Feisal"], ["Faisal", "Faysal"], ["Hezbollah", "Hizballah"],
  ["Hizbullah", "Hezbollah"], ["Mujahideen", "Mujahidin"], ["Taliban", "Taleban"], ["Koran", "Quran"], ["Qur'an", "Quran"],
  ["Sheikh", "Shaykh"], ["Sheikh", "Shaikh"], ["Mihdhar", "Midhar"], ["Jarrah", "Jarah"], ["Shehhi", "Shehi"],
  ["Hanjour", "Hanjur"], ["Ghamdi", "Ghamedi"], ["Nasser", "Nasir"], ["Nasrallah", "Nasrullah"], ["Rahman", "Rehman"],
  ["Mustafa", "Mostafa"], ["Mustafa", "Moustafa"], ["Othman", "Uthman"], ["Osman", "Othman"], ["Riyadh", "Riyad"],
  ["Ramadan", "Ramadhan"], ["Hadhramaut", "Hadramout"], ["Khartoum", "Khartum"], ["Gaddafi", "Qaddafi"],
  ["Qaddafi", "Qadhafi"], ["Kadhafi", "Gaddafi"], ["Baghdadi", "Bagdadi"], ["Sharia", "Shariah"], ["Shari'a", "Sharia"],
  ["Medina", "Madinah"], ["Ibrahim", "Ebrahim"], ["Ismail", "Ismael"], ["Isma'il", "Ismail"], ["Suleiman", "Sulaiman"],
  ["Sulayman", "Suleiman"], ["Hassan", "Hasan"], ["Hosni", "Husni"], ["Mubarak", "Moubarak"], ["Bashar", "Bachar"],
  ["Assad", "Asad"], ["Hamid", "Hameed"], ["Rashid", "Rasheed"], ["Zaid", "Zayd"], ["Zeid", "Zaid"], ["Aisha", "Ayesha"],
  ["A'isha", "Aisha"], ["Fatima", "Fatimah"], ["Tariq", "Tarek"], ["Tareq", "Tariq"], ["Walid", "Waleed"], ["Nawaf", "Nawwaf"],
  ["Ziad", "Ziyad"], ["Fayez", "Faiz"], ["Majed", "Majid"], ["Salem", "Salim"], ["Satam", "Sattam"], ["Wail", "Wa'il"],
  ["Wael", "Wail"], ["Jazeera", "Jazira"], ["Haqqani", "Haqani"], ["Saud", "Sa'ud"], ["Saud", "Saoud"], ["Qatar", "Katar"],
  ["Hijazi", "Hejazi"], ["Ayman", "Aiman"], ["Zarqawi", "Zarkawi"], ["Baghdad", "Bagdad"], ["Houthi", "Huthi"],
  ["Abbas", "Abas"], ["Nouri", "Nuri"], ["Moqtada", "Muqtada"], ["Muammar", "Moammar"], ["Khomeini", "Khomeyni"],
  ["Khamenei", "Khamene'i"], ["Qaeda", "Qaida"], ["Qa'ida", "Qaida"], ["Qaeda", "Qa'ida"], ["Laden", "Ladin"],
  ["Kandahar", "Qandahar"], ["Zubaydah", "Zubaidah"], ["Zawahiri", "Zawahri"], ["Daoud", "Dawud"], ["Dawood", "Daoud"],
  ["Leila", "Layla"], ["Mona", "Muna"], ["Karim", "Kareem"], ["Said", "Saeed"], ["Sayed", "Said"], ["Zubair", "Zubayr"],
  ["Abdulaziz", "Abdelaziz"], ["Abdurrahman", "Abdulrahman"], ["Fahd", "Fahad"], ["Mahdi", "Mehdi"], ["Hamzeh", "Hamza"], ["Ummah", "Ummeh"], ["Ibn", "Bin"],
  ["al-Hazmi", "Hazmi"], ["al-Sham", "al-Cham"], ["al-Kabira", "al-Kabirah"],
  // Marks of scholarly romanisation of Arabic stay within the rules.
  ["Ṣalāḥ", "Salah"], ["Ḥasan", "Hasan"], ["Ǧamāl", "Jamal"],
];

/** Different names that look alike. */
export const NEAR_NAMES: [string, string][] = [
  ["Hassan", "Hussein"], ["Hasan", "Husayn"], ["Ali", "Alia"], ["Saad", "Saud"], ["Omar", "Amr"], ["Khalid", "Khallad"],
  ["Ahmed", "Hamed"], ["Ahmad", "Mahmud"], ["Muhammad", "Mahmoud"], ["Hamid", "Hamad"], ["Said", "Saad"], ["Nasser", "Nasrallah"],
  ["Jamal", "Jamil"], ["Salim", "Salma"], ["Amin", "Amina"], ["Hani", "Hana"], ["Rashid", "Rashad"], ["Nabil", "Nabila"],
  ["Walid", "Khalid"], ["Hussein", "Husseini"], ["Saud", "Saudi"], ["Iraq", "Iraqi"], ["Iraq", "Iran"], ["Nawaf", "Nawaz"],
  ["Osama", "Osman"], ["Amir", "Omar"], ["Imad", "Ahmad"], ["Karim", "Kazim"], ["Faisal", "Fadel"], ["Yasin", "Yasir"],
  ["Yasser", "Nasser"], ["Sami", "Samir"], ["Hamad", "Hamada"], ["Aziz", "Azizi"], ["Abbas", "Abbasi"], ["Ghamdi", "Hamdi"],
  ["Salem", "Salama"], ["Sultan", "Sultana"], ["Khalil", "Khalid"], ["Zubair", "Zubaida"], ["Ayman", "Iman"], ["Jamil", "Jamila"],
  ["Majid", "Mujahid"], ["Salah", "Salih"], ["Davis", "Davies"], ["Hamdan", "Hamdi"], ["Adnan", "Adan"], ["Mahdi", "Hadi"], ["Sunni", "Sunna"],
  ["Syria", "Syrian"], ["Mark", "Marc"], ["Carl", "Karl"], ["Eric", "Erik"], ["Trump", "Tramp"], ["Bill", "Bell"],
  ["Austria", "Australia"], ["Macron", "Micron"], ["Rome", "Roma"], ["Laden", "London"], ["Hamas", "Hamza"], ["Qatar", "Qatari"],
  // Names of other languages, marked as those languages write them: only themselves (hasForeignMarks).
  ["Trần", "Tran"], ["Chén", "Chen"], ["Việt", "Viet"], ["Amazônia", "Amazonia"], ["Amazónica", "Amazônica"], ["Contrecœur", "Contrecoeur"], ["Müller", "Muller"],
];

describe("name-key", () => {
  describe("variants of one name", () => {
    for (const [a, b] of VARIANTS) {
      it(`${a} = ${b}`, () => {
        expect(sameName(a, b), `distance ${nameDistance(a, b)}`).to.equal(true);
        expect(sameName(b, a)).to.equal(true);
        expect(blockingKeys(a).some((k) => blockingKeys(b).includes(k)), "they share a blocking key").to.equal(true);
      });
    }
  });
  describe("different names", () => {
    for (const [a, b] of NEAR_NAMES) {
      it(`${a} ≠ ${b}`, () => {
        expect(sameName(a, b), `distance ${nameDistance(a, b)}`).to.equal(false);
        expect(sameName(b, a)).to.equal(false);
      });
    }
  });
  it("has enough cases to mean something", () => {
    expect(VARIANTS.length).to.be.at.least(40);
    expect(NEAR_NAMES.length).to.be.at.least(30);
  });
  it("tells the marks of Arabic romanisation from those of other languages", () => {
    expect(["Ṣalāḥ", "al-Dīn", "Qur’ān", "Ǧamāl", "Abû", "Salah"].filter(hasForeignMarks)).to.deep.equal([]);
    expect(["Trần", "Chén", "Việt", "Amazônia", "Đại", "Contrecœur", "Müller", "Øresund"].every(hasForeignMarks)).to.equal(true);
  });

  it("gives no key to an overlong word", () => {
    expect(sameName("a".repeat(100), "a".repeat(100) + "h")).to.equal(false);
  });
});
