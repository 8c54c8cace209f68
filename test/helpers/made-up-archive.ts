/**
 * A tiny made-up archive for the pairing tests: two English articles with their Arabic editions
 * (one in Arabic-Indic digits, one in Western digits), an Arabic-only article, and a lexicon of
 * the few words they use. Plain data and a real Lexicon, no stand-ins.
 */
import { Lexicon } from "../../server/domain/align/lexicon.js";
import type { Article } from "../../server/domain/archive/articles.js";

export const EN: Article[] = [
  {
    id: "en-budget", date: "2019-03-04", title: "Parliament approves the budget after 12 hours",
    paragraphs: [
      "Minister Khalid Saleh told parliament on Monday that the budget would fund 120 new schools.",
      "Saleh said the vote came after 12 hours of debate and 87 members voted for it.",
    ],
  },
  {
    id: "en-floods", date: "2019-03-05", title: "Floods hit Basra",
    paragraphs: [
      "Heavy rain flooded 300 homes in Basra on Thursday, officials said.",
      "Rescue teams evacuated 75 families from the city.",
    ],
  },
];

export const AR: Article[] = [
  {
    id: "ar-floods", date: "2019-03-05", title: "فيضانات تضرب البصرة",
    paragraphs: ["قالت السلطات إن أمطارا غزيرة أغرقت 300 منزل في البصرة يوم الخميس.", "وأجلت فرق الإنقاذ 75 عائلة من المدينة."],
  },
  {
    id: "ar-cinema", date: "2019-03-04", title: "مهرجان للسينما في تونس",
    paragraphs: ["افتتح مهرجان قرطاج السينمائي دورته الجديدة بمشاركة ٤٠ فيلما من عشرين بلدا.", "ويستمر المهرجان أسبوعا كاملا."],
  },
  {
    id: "ar-budget", date: "2019-03-03", title: "البرلمان يقر الميزانية بعد ١٢ ساعة",
    paragraphs: [
      "قال الوزير خالد صالح أمام البرلمان يوم الاثنين إن الميزانية ستمول ١٢٠ مدرسة جديدة.",
      "وقال صالح إن التصويت جاء بعد ١٢ ساعة من النقاش وصوت لصالحها ٨٧ عضوا.",
    ],
  },
];

export function madeUpLexicon(): Lexicon {
  const lexicon = new Lexicon();
  const entries: [string, string][] = [
    ["parliament", "برلمان"], ["budget", "ميزانية"], ["schools", "مدرسة"], ["minister", "وزير"], ["debate", "نقاش"],
    ["vote", "تصويت"], ["rain", "مطر"], ["homes", "منزل"], ["families", "عائلة"], ["city", "مدينة"], ["floods", "فيضان"],
    ["members", "عضو"], ["hours", "ساعة"], ["rescue", "إنقاذ"],
  ];
  for (const [en, ar] of entries) lexicon.add(en, ar);
  return lexicon;
}

const shiftDay = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A larger made-up archive for pairing in steps: `copies` copies of EN and AR, copy r dated
 * r × 61 days later (no copy within another's windows), ids suffixed "-r". In every copy whose
 * number is in `lateFloods`, the English floods story comes 20 days after its Arabic edition:
 * outside the first pass's window, found by the second.
 */
export function repeatedArchive(copies: number, lateFloods: readonly number[] = []): { en: Article[]; ar: Article[] } {
  const en: Article[] = [];
  const ar: Article[] = [];
  for (let r = 0; r < copies; r += 1) {
    for (const a of EN) {
      const late = a.id === "en-floods" && lateFloods.includes(r) ? 20 : 0;
      en.push({ ...a, id: `${a.id}-${r}`, date: shiftDay(a.date, 61 * r + late) });
    }
    for (const a of AR) ar.push({ ...a, id: `${a.id}-${r}`, date: shiftDay(a.date, 61 * r) });
  }
  return { en, ar };
}
