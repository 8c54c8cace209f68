/**
 * Every check, in the order findings are computed. Adding a check: its module (file name = id),
 * one line here, its name/description/message in both locale files, and its table test.
 */
import { arabicPunctuationSpacing } from "./arabic-punctuation-spacing.js";
import { arabicRepeatedWord } from "./arabic-repeated-word.js";
import { arabicSpelling } from "./arabic-spelling.js";
import { corpusNameConsistency } from "./corpus-name-consistency.js";
import { dateMismatch } from "./date-mismatch.js";
import { determinerClash } from "./determiner-clash.js";
import { duplicatedParagraph } from "./duplicated-paragraph.js";
import { glossarySpelling } from "./glossary-spelling.js";
import { latinInArabic } from "./latin-in-arabic.js";
import { lengthRatio } from "./length-ratio.js";
import { missingNoun } from "./missing-noun.js";
import { mixedDigits } from "./mixed-digits.js";
import { nameOneSide } from "./name-one-side.js";
import { namingConsistency } from "./naming-consistency.js";
import { numberAgreement } from "./number-agreement.js";
import { numberMismatch } from "./number-mismatch.js";
import { oddWhitespace } from "./odd-whitespace.js";
import { possessiveConsistency } from "./possessive-consistency.js";
import { punctuationSlip } from "./punctuation-slip.js";
import { realWord } from "./real-word.js";
import { repeatedWord } from "./repeated-word.js";
import { spelling } from "./spelling.js";
import { spellingVariant } from "./spelling-variant.js";
import { tatweel } from "./tatweel.js";
import { tooManyFindings } from "./too-many-findings.js";
import { transliterationConsistency } from "./transliteration-consistency.js";
import { unbalancedQuotes } from "./unbalanced-quotes.js";
import { untranslatedParagraph } from "./untranslated-paragraph.js";
import { wrongLanguage } from "./wrong-language.js";
import type { Check } from "./types.js";

export const CHECKS: readonly Check[] = [
  spelling,
  realWord,
  determinerClash,
  missingNoun,
  numberAgreement,
  repeatedWord,
  oddWhitespace,
  unbalancedQuotes,
  punctuationSlip,
  transliterationConsistency,
  glossarySpelling,
  namingConsistency,
  possessiveConsistency,
  corpusNameConsistency,
  spellingVariant,
  numberMismatch,
  dateMismatch,
  nameOneSide,
  untranslatedParagraph,
  lengthRatio,
  duplicatedParagraph,
  wrongLanguage,
  tatweel,
  latinInArabic,
  mixedDigits,
  arabicRepeatedWord,
  arabicSpelling,
  arabicPunctuationSpacing,
  tooManyFindings,
];

export function checkById(id: string): Check | undefined {
  return CHECKS.find((c) => c.id === id);
}
