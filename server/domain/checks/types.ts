/**
 * Shapes of the check engine. A check is a pure function from a prepared document (both editions'
 * paragraphs, the aligner's beads, the glossary and corpus statistics) to findings. Enabling,
 * dismissing and storing findings happen elsewhere, once (run-checks.ts, dismissals.ts, the store).
 *
 * Index conventions: paragraphs are numbered from 0 on each side, as the aligner numbers them; a
 * finding's `start`/`end` are UTF-16 offsets into the text of paragraph `paragraph` of edition
 * `lang`, end exclusive. A finding about a whole paragraph spans the whole paragraph.
 */
import type { Bead } from "../align/types.js";
import type { GlossaryEntry } from "../glossary/glossary-entry.js";
import type { Token } from "../segment/tokenise.js";
import type { BoilerplateReason } from "../segment/boilerplate.js";
import type { WordList } from "./word-list.js";
import type { NgramModel } from "./language-model/ngram-model.js";
import type { HunspellLookup } from "./hunspell-lookup.js";
import type { ArabicWordCounts } from "./arabic-word-counts.js";

export type Severity = "error" | "warning" | "info";
/** What a check looks at: one edition, a pair of paragraphs, a whole document, or the corpus. */
export type CheckSide = "en" | "ar" | "pair" | "document" | "corpus";
export type Lang = "en" | "ar";

/**
 * Corpus-wide statistics, when the caller has them: how often each spelling of a word is used
 * (capitalised words), and in how many documents each lower-cased word occurs (corpus-words.ts).
 */
export type CorpusStats = { spellings: ReadonlyMap<string, number>; words?: ReadonlyMap<string, number> };

/** "Ignore all like this": a check and the matching key of the text its findings are about (ignore-rules.ts). */
export type IgnoreRule = { checkId: string; textKey: string };

/** One of the outlet's accepted words or names, in one language (accepted-words.ts). */
export type AcceptedWord = { lang: Lang; word: string; kind: "word" | "name"; note: string };

/** The accepted words as matching keys per language, and the words of accepted English names. */
export type AcceptedWordKeys = { en: ReadonlySet<string>; ar: ReadonlySet<string>; names: ReadonlySet<string> };

export type CheckContext = {
  glossary?: readonly GlossaryEntry[];
  corpus?: CorpusStats;
  /** The larger English word list (word-list.ts), when it is installed. */
  words?: WordList;
  /** The English trigram language model (language-model/ngram-model.ts), when it is installed. */
  languageModel?: NgramModel;
  /** Debian's Arabic Hunspell dictionary (Ayaspell, hunspell-ar), when it is installed. */
  arabicDictionary?: HunspellLookup;
  /** How often each Arabic word form occurs in FreeDict's Arabic (arabic-word-counts.ts), when it is installed. */
  arabicWordCounts?: ArabicWordCounts;
  /** The team's "ignore all like this" rules (ignore-rules.ts): findings they cover are dropped. */
  ignoreRules?: readonly IgnoreRule[];
  /** The outlet's accepted words and names (accepted-words.ts): never misspellings or slips; names are known names. */
  acceptedWords?: readonly AcceptedWord[];
};

/** What the engine checks: the editions' paragraphs, the beads pairing them, and context. */
export type CheckDocument = {
  en: readonly string[];
  ar: readonly string[];
  /** Beads from the aligner; absent or empty when there is one edition only. */
  beads?: readonly Bead[];
  context?: CheckContext;
};

export type Finding = {
  checkId: string;
  severity: Severity;
  side: CheckSide;
  /** The edition whose paragraph the span is in. */
  lang: Lang;
  paragraph: number;
  /** The paired paragraph(s) on the other edition, when the finding compares a pair. */
  paired?: number[];
  start: number;
  end: number;
  /** Values for the message placeholders ({{word}} …), all strings. */
  params: Record<string, string>;
  /** Replacement text for [start, end), or null when there is no one fix. */
  suggestion: string | null;
};

/** A finding as a check returns it; the engine adds the check's id, severity and side. */
export type RawFinding = Omit<Finding, "checkId" | "severity" | "side">;

/** One edition's paragraphs with what several checks need, computed once per document. */
export type PreparedSide = {
  texts: readonly string[];
  tokens: readonly (readonly Token[])[];
  boilerplate: readonly (BoilerplateReason | null)[];
};

export type PreparedDocument = {
  en: PreparedSide;
  ar: PreparedSide;
  beads: readonly Bead[];
  /** For each English paragraph, the Arabic paragraphs of its bead (empty when unpaired); and back. */
  enToAr: readonly (readonly number[])[];
  arToEn: readonly (readonly number[])[];
  glossary: readonly GlossaryEntry[];
  corpus: CorpusStats | null;
  words: WordList | null;
  languageModel: NgramModel | null;
  arabicDictionary: HunspellLookup | null;
  arabicWordCounts: ArabicWordCounts | null;
  /** The accepted words and names as keys (accepted-words.ts). */
  accepted: AcceptedWordKeys;
};

export type Check = {
  /** Permanent kebab-case id, equal to the module's file name; never reused once retired. */
  id: string;
  severity: Severity;
  side: CheckSide;
  /**
   * The params of its findings that hold a number (a count, a paragraph number, a ratio, a value
   * read from the text), all strings like every param: the interface writes them in the reader's
   * digits and picks plural forms by `count`. A param that quotes the text as written (digits in
   * the script the text used) is not one of them.
   */
  numberParams?: readonly string[];
  run: (doc: PreparedDocument) => RawFinding[];
};
