/**
 * What the aligner and the scorer both need of a document before any bead is costed: each unit
 * described (unit-features.ts), boilerplate reasons, the pair evidence matrices and the prior model
 * with the document's overall length ratio. One function, so that a bead re-scored after an edit
 * is costed exactly as the aligner costed it.
 */
import { coefficientsOf, DEFAULT_PARAMS, PRIOR_MODEL, type AlignParams, type DocumentModel } from "./model.js";
import { collectEvidence } from "./evidence.js";
import { describeArabicUnit, describeEnglishUnit, type AlignResources, type ArabicUnit, type EnglishUnit } from "./unit-features.js";
import type { ExplainInputs } from "./explain-bead.js";
import { detectBoilerplate, type BoilerplateReason } from "../segment/boilerplate.js";

export type InputOptions = AlignResources & {
  params?: AlignParams;
  /** Boilerplate reasons already known (from import); detected here when absent. */
  enBoilerplate?: (BoilerplateReason | null)[];
  arBoilerplate?: (BoilerplateReason | null)[];
  /** Skip boilerplate detection (sentence pass: sentences are never site furniture). */
  noBoilerplate?: boolean;
  /** Describe units through these (a cache: the scorer re-reads mostly unchanged paragraphs). */
  describeEnglish?: (text: string) => EnglishUnit;
  describeArabic?: (text: string) => ArabicUnit;
};

export type PreparedInputs = { inputs: ExplainInputs; prior: DocumentModel };

export function prepareInputs(enTexts: readonly string[], arTexts: readonly string[], options: InputOptions = {}): PreparedInputs {
  const params = options.params ?? DEFAULT_PARAMS;
  const en = enTexts.map((t) => options.describeEnglish?.(t) ?? describeEnglishUnit(t, options));
  const ar = arTexts.map((t) => options.describeArabic?.(t) ?? describeArabicUnit(t, options));
  const enReasons = options.noBoilerplate ? en.map(() => null) : options.enBoilerplate ?? detectBoilerplate(enTexts, "en");
  const arReasons = options.noBoilerplate ? ar.map(() => null) : options.arBoilerplate ?? detectBoilerplate(arTexts, "ar");
  const evidence = collectEvidence(en, ar);
  const enLengths = en.map((u) => u.length);
  const arLengths = ar.map((u) => u.length);
  const totalEn = enLengths.reduce((s, x) => s + x, 0);
  const totalAr = arLengths.reduce((s, x) => s + x, 0);
  const prior: DocumentModel = { ...PRIOR_MODEL, ratio: totalEn > 0 && totalAr > 0 ? totalAr / totalEn : PRIOR_MODEL.ratio };
  const inputs: ExplainInputs = {
    evidence, enLengths, arLengths, model: prior, coefficients: coefficientsOf(prior), params, en, ar, enReasons, arReasons,
    enBoilerplate: enReasons.map((r) => r !== null),
    arBoilerplate: arReasons.map((r) => r !== null),
    enRepeat: enReasons.map((r) => r === "duplicate"),
    arRepeat: arReasons.map((r) => r === "duplicate"),
  };
  return { inputs, prior };
}
