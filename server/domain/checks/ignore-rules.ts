/**
 * "Ignore all like this": an ignore rule names a check and the text a finding is about, and hides
 * every finding of that check about the same text, in every document, now and in documents still
 * to come. Texts are compared by a key (matchingKey) that forgives what an editor would not call a
 * different text: Unicode compatibility forms, Arabic diacritics and tatweel, letter case and runs
 * of spaces. Arabic letter variants (hamza seats, ta marbuta, alef maqsura) are kept apart on
 * purpose: they are exactly what the Arabic spelling check tells apart, so folding them would let
 * a rule, or an accepted word, hide a different slip. The key is for matching only; the rule keeps
 * the text as written for the list it is shown in.
 */
import type { Finding, IgnoreRule, Lang } from "./types.js";

export type { IgnoreRule } from "./types.js";

/** The most characters of a finding's text a rule compares (as many as a stored finding keeps). */
export const RULE_TEXT_LIMIT = 200;

/** The text a finding is about, as a rule stores it: its span, at most RULE_TEXT_LIMIT characters. */
export function findingText(finding: Pick<Finding, "start" | "end">, paragraphText: string): string {
  return paragraphText.slice(finding.start, finding.end).slice(0, RULE_TEXT_LIMIT);
}

// Arabic short vowels, shadda, sukun, dagger alef and the like, and tatweel.
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;

/** The key two texts share when a rule should treat them as the same: NFKC, Arabic marks and tatweel removed, lower case, spaces collapsed. */
export function matchingKey(text: string): string {
  return text.slice(0, RULE_TEXT_LIMIT).normalize("NFKC").replace(ARABIC_MARKS, "").toLowerCase().replace(/\s+/gu, " ").trim();
}

/** The rule that would hide this finding and every one like it. */
export function ruleFor(checkId: string, text: string): IgnoreRule {
  return { checkId, textKey: matchingKey(text) };
}

/** Findings minus those an ignore rule covers; `textOf` gives the current text of a finding's paragraph. */
export function filterIgnored(findings: readonly Finding[], rules: readonly IgnoreRule[], textOf: (lang: Lang, paragraph: number) => string): Finding[] {
  if (rules.length === 0) return [...findings];
  const keys = new Set(rules.map((r) => `${r.checkId}|${r.textKey}`));
  const checks = new Set(rules.map((r) => r.checkId));
  return findings.filter((f) => !checks.has(f.checkId) || !keys.has(`${f.checkId}|${matchingKey(findingText(f, textOf(f.lang, f.paragraph)))}`));
}
