import { expect } from "chai";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { splitArabicSentences, splitEnglishSentences, type Span } from "../../../server/domain/segment/split-sentences.js";
import { scoreSentenceBoundaries, type KnownParagraph } from "../../../server/domain/segment/sentence-boundary-score.js";
import { ROOT } from "../../../server/paths.js";

const sentences = (split: (text: string) => Span[], text: string) => split(text).map((s) => text.slice(s.start, s.end));

/** [rule, paragraph, the sentences it must give]. */
type Row = [string, string, string[]];

const ENGLISH: Row[] = [
  ["a full stop, question and exclamation mark before a capital", "He left. Did she? Yes! Then", ["He left.", "Did she?", "Yes!", "Then"]],
  ["no boundary before a lower-case word", "It rose 5 p.c. after lunch. and so on", ["It rose 5 p.c. after lunch. and so on"]],
  ["a sentence may open with a digit or a currency sign", "He won. 2018 was his year. $5 million went.", ["He won.", "2018 was his year.", "$5 million went."]],
  ["closing quotes and brackets stay with their sentence", "\"We won.\" The crowd cheered. (It rained.) After", ["\"We won.\"", "The crowd cheered.", "(It rained.)", "After"]],
  ["an opening quote before the capital", "He spoke. \"We won,\" he said. ‘Yes’ came", ["He spoke.", "\"We won,\" he said.", "‘Yes’ came"]],
  ["a question inside a quote before its speaker", "\"Why?\" he asked. She smiled.", ["\"Why?\" he asked.", "She smiled."]],
  ["titles never end a sentence", "Mr. Trump met Dr. Lee and Sen. Warren. Gov. Baker", ["Mr. Trump met Dr. Lee and Sen. Warren.", "Gov. Baker"]],
  ["initials never end a sentence", "Police chief Murphy J. Paul spoke. John F. Kennedy", ["Police chief Murphy J. Paul spoke.", "John F. Kennedy"]],
  ["U.S. before a name is inside the sentence", "Former U.S. President Obama spoke in the U.S. Senate.", ["Former U.S. President Obama spoke in the U.S. Senate."]],
  ["U.S. before a common opener ends the sentence", "Rain fell across the U.S. The storm moved east.", ["Rain fell across the U.S.", "The storm moved east."]],
  ["months: Jan. before a date, and at a sentence end", "On Jan. 6 he left. Votes are cast on Nov. 6. In Nov. He came", ["On Jan. 6 he left.", "Votes are cast on Nov. 6.", "In Nov.", "He came"]],
  ["a.m. and p.m. before a name or a time zone", "It starts at 7 p.m. ET and ends at 9 a.m. Eastern time. It ends at 9 a.m. The", ["It starts at 7 p.m. ET and ends at 9 a.m. Eastern time.", "It ends at 9 a.m.", "The"]],
  ["No. before a number is an abbreviation, \"said no.\" is not", "He is No. 1 in Europe. She said no. He left.", ["He is No. 1 in Europe.", "She said no.", "He left."]],
  ["decimals and thousands never split", "It grew 3.5 percent to $1,200.50 in 2.5 years. Next", ["It grew 3.5 percent to $1,200.50 in 2.5 years.", "Next"]],
  ["an ellipsis before a lower-case word continues the sentence", "and COUNTING ... the day he was born. Wait... what?", ["and COUNTING ... the day he was born.", "Wait... what?"]],
  ["an ellipsis before a capital ends it", "Did we leak...No. We waited … Then it came.", ["Did we leak...No.", "We waited …", "Then it came."]],
  ["St. before a name, and at a street's end", "He flew to St. Louis. He lives on Main St. The house", ["He flew to St. Louis.", "He lives on Main St.", "The house"]],
  ["the pronoun I may end a sentence", "So did I. The end", ["So did I.", "The end"]],
  ["Inc. closes a sentence before an opener", "He joined Apple Inc. But he left.", ["He joined Apple Inc.", "But he left."]],
];

const ARABIC: Row[] = [
  ["the full stop, the Arabic question mark and the exclamation mark", "غادر الرئيس. هل عاد؟ نعم! ثم", ["غادر الرئيس.", "هل عاد؟", "نعم!", "ثم"]],
  ["the Latin ? and ! in Arabic text", "هل عاد? نعم! انتهى", ["هل عاد?", "نعم!", "انتهى"]],
  ["a full stop after a year or a number", "ولد عام 2016. وقال إن 3 أشخاص قتلوا 5. ثم", ["ولد عام 2016.", "وقال إن 3 أشخاص قتلوا 5.", "ثم"]],
  ["Arabic-Indic digits and decimal separators never split", "ارتفع بنسبة ٣٫٥٪ إلى ١٬٢٠٠ و3.5 و٣.٥ مليون. ثم", ["ارتفع بنسبة ٣٫٥٪ إلى ١٬٢٠٠ و3.5 و٣.٥ مليون.", "ثم"]],
  ["a sentence after a year in Arabic-Indic digits", "في عام ٢٠١٨. وقال", ["في عام ٢٠١٨.", "وقال"]],
  ["« » and “ ” closing after a full stop stay with their sentence", "قال: «انتهى الأمر.» ثم قال: “لن نعود.” وغادر", ["قال: «انتهى الأمر.»", "ثم قال: “لن نعود.”", "وغادر"]],
  ["a full stop after the closing quote", "وقال إن الحزب \"غير سعيد\". وأضاف", ["وقال إن الحزب \"غير سعيد\".", "وأضاف"]],
  ["د. for doctor and م. for engineer", "قال د. أحمد إن م. سامي غادر. ثم", ["قال د. أحمد إن م. سامي غادر.", "ثم"]],
  ["single-letter initials", "وأدلى قائد الشرطة ميرفي ج. بول بتصريح. ثم", ["وأدلى قائد الشرطة ميرفي ج. بول بتصريح.", "ثم"]],
  ["chains of initials: أ.د. and ص.ب.", "قال أ.د. محمد إن ص.ب. 15 مغلق. ثم", ["قال أ.د. محمد إن ص.ب. 15 مغلق.", "ثم"]],
  ["ص. and م. after a time of day", "يبدأ في الساعة 10 ص. يوم الأحد وينتهي 7:30 م. يوم الاثنين. ثم", ["يبدأ في الساعة 10 ص. يوم الأحد وينتهي 7:30 م. يوم الاثنين.", "ثم"]],
  ["م. and هـ. after a year mark the era and may close the sentence", "ولد عام 1950م. وتوفي سنة 1440 هـ. ثم", ["ولد عام 1950م.", "وتوفي سنة 1440 هـ.", "ثم"]],
  ["a full stop after a word with tanween", "وصل متأخرًا. وغادر مبكراً. ثم", ["وصل متأخرًا.", "وغادر مبكراً.", "ثم"]],
  ["an ellipsis is a pause in Arabic news prose", "وما زال العدّ مستمرًا... هو اليوم الذي ولد فيه … العالم.", ["وما زال العدّ مستمرًا... هو اليوم الذي ولد فيه … العالم."]],
  ["a question mark before an ellipsis still ends the sentence", "هل عاد؟... ثم", ["هل عاد؟...", "ثم"]],
  ["a reporting participle after a quotation continues its sentence", "وتساءل: \"هل تريدون رؤيته؟\" قائلًا إنه سيعود. \"لن نرحل!\" مضيفاً أنه باق. ثم", ["وتساءل: \"هل تريدون رؤيته؟\" قائلًا إنه سيعود.", "\"لن نرحل!\" مضيفاً أنه باق.", "ثم"]],
  ["the comma joins of long news sentences are not boundaries", "وصل الوفد إلى المدينة، وعقد اجتماعًا مع المسؤولين، ثم غادر. ثم", ["وصل الوفد إلى المدينة، وعقد اجتماعًا مع المسؤولين، ثم غادر.", "ثم"]],
  ["the Arabic semicolon is not a boundary", "تأجل الاجتماع؛ لأن الوفد لم يصل. ثم", ["تأجل الاجتماع؛ لأن الوفد لم يصل.", "ثم"]],
  ["a Latin abbreviation in Arabic text before an Arabic word", "وصل إلى U.S. وقال إنه سعيد. وقال Dr. Smith إنه باق", ["وصل إلى U.S.", "وقال إنه سعيد.", "وقال Dr. Smith إنه باق"]],
  ["a full stop without a space after it is not a boundary", "زار موقع example.com.وقال", ["زار موقع example.com.وقال"]],
];

function runRows(name: string, split: (text: string) => Span[], rows: Row[]): void {
  describe(name, () => {
    for (const [rule, text, expected] of rows) {
      it(rule, () => expect(sentences(split, text)).to.deep.equal(expected));
    }
  });
}

describe("split-sentences", () => {
  runRows("splitEnglishSentences", splitEnglishSentences, ENGLISH);
  runRows("splitArabicSentences", splitArabicSentences, ARABIC);

  it("gives spans of the original text, trimmed, in order and without overlap", () => {
    const text = "  First one.   Second one!  ";
    const spans = splitEnglishSentences(text);
    expect(spans).to.deep.equal([{ start: 2, end: 12 }, { start: 15, end: 26 }]);
    expect(splitArabicSentences("   ")).to.deep.equal([]);
    expect(splitArabicSentences("")).to.deep.equal([]);
  });

  it("on any mix of marks, letters and spaces gives ordered, trimmed spans that keep every other character", () => {
    const ALPHABET = [". ", "...", "!", "?", "؟", "…", "\"", "»", "«", "“", "”", "(", ")", " ", "  ", "\n", "A", "b", "J.", "U.S.", "Mr.", "د.", "م", "ب", "2018", "٣٫٥", "قائلًا", "The"];
    let state = 12345;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 500; round++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 40) }, () => ALPHABET[Math.floor(next() * ALPHABET.length)] ?? "").join("");
      for (const split of [splitEnglishSentences, splitArabicSentences]) {
        const spans = split(text);
        let last = 0;
        for (const span of spans) {
          expect(span.start, text).to.be.at.least(last);
          expect(span.end, text).to.be.greaterThan(span.start);
          expect(/^\s|\s$/u.test(text.slice(span.start, span.end)), text).to.equal(false);
          last = span.end;
        }
        expect(spans.map((sp) => text.slice(sp.start, sp.end)).join("").replace(/\s/gu, ""), text).to.equal(text.replace(/\s/gu, ""));
      }
    }
  });

  describe("keeps to one pass over huge paragraphs", () => {
    const LONG = 200_000;
    // [what, text, English sentences, Arabic sentences]
    for (const [what, text, english, arabic] of [
      ["without punctuation", "word ".repeat(LONG / 5), 1, 1],
      ["of only dots", ".".repeat(LONG), 1, 1],
      ["of dots and spaces", ". ".repeat(LONG / 2), 1, LONG / 2], // English needs a capital after; Arabic takes any
      ["of initials", "A. ".repeat(LONG / 3), 1, 1],
      ["of one letter", "ب".repeat(LONG), 1, 1],
    ] as const) {
      it(`a ${LONG.toLocaleString("en")}-character paragraph ${what}`, () => {
        for (const [split, count] of [[splitEnglishSentences, english], [splitArabicSentences, arabic]] as const) {
          const spans = split(text);
          expect(spans).to.have.length(count);
          expect(spans[0]?.start).to.equal(0);
          expect(spans[spans.length - 1]?.end).to.equal(text.trimEnd().length);
        }
      });
    }
    it("splits a long run of sentences into every one of them", () => {
      expect(splitEnglishSentences("He came. ".repeat(20_000))).to.have.length(20_000);
      expect(splitArabicSentences("وصل. ".repeat(20_000))).to.have.length(20_000);
    });
  });

  describe("on the NTREX-128 paragraphs with known boundaries (corpus/sentence-boundaries)", () => {
    // A regression guard: the figures the splitters reach on the whole file (scripts/measure-sentence-splitter.ts), less a small margin.
    const FLOOR = { en: { precision: 0.98, recall: 0.97 }, ar: { precision: 0.97, recall: 0.925 } };
    const paragraphs = readFileSync(join(ROOT, "corpus", "sentence-boundaries", "ntrex-paragraphs.jsonl"), "utf8")
      .split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line) as KnownParagraph);
    for (const lang of ["en", "ar"] as const) {
      it(`keeps ${lang === "en" ? "English" : "Arabic"} boundary precision ≥ ${FLOOR[lang].precision} and recall ≥ ${FLOOR[lang].recall}`, () => {
        const mine = paragraphs.filter((p) => p.lang === lang);
        expect(mine.length).to.be.at.least(150);
        const { counts } = scoreSentenceBoundaries(mine, lang === "en" ? splitEnglishSentences : splitArabicSentences);
        expect(counts.hits + counts.misses).to.be.at.least(500);
        expect(counts.precision).to.be.at.least(FLOOR[lang].precision);
        expect(counts.recall).to.be.at.least(FLOOR[lang].recall);
      });
    }
  });
});
