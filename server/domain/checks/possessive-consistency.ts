/**
 * A possessive that disagrees with the document's own usage: "the detainee’s file" in an article
 * that writes "the detainees’ file" several times. Singular and plural possessives of one noun
 * before the same word are counted over the whole document; when one form is used at least twice
 * and at least twice as often as the other, the other form's uses are flagged with the majority
 * form as the fix. Keyed on the following word too, because "the victim’s mother" and "the
 * victims’ families" are different people, not a slip.
 *
 * Only common nouns with a regular plural count (english-nouns.ts): names ("Homs’ countryside",
 * "Assad’s forces") have no plural to disagree with. A plural form followed by ’ or ' is read as
 * a possessive only when no single quotation is open before it in the paragraph (‘… the rebels’).
 */
import type { Token } from "../segment/tokenise.js";
import { pluralOf, singularOf } from "./english-nouns.js";
import type { Check, RawFinding } from "./types.js";

type Use = { paragraph: number; start: number; end: number; plural: boolean; apostrophe: string };

/** Least uses of the majority form, and how many times as often as the minority it must be used. */
const MIN_MAJORITY = 2;
const MIN_RATIO = 2;

/** Positions of a paragraph's opening single quotation marks and of its closing marks (apostrophes inside words not counted). */
type QuoteMarks = { opening: number[]; closing: number[] };

function quoteMarks(text: string): QuoteMarks {
  const at = (re: RegExp) => [...text.matchAll(re)].map((m) => m.index ?? 0);
  return { opening: at(/‘|(?<![\p{L}\p{N}])'(?=\p{L})/gu), closing: at(/(?<=[\p{L}.,!?])[’'](?!\p{L})/gu) };
}

/** How many of the sorted positions lie before `at` (binary search, so that a long paragraph stays linear). */
function countBefore(positions: readonly number[], at: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((positions[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a single quotation is open at `at`: more opening marks than closing ones before it. */
function quoteOpen(marks: QuoteMarks, at: number): boolean {
  return countBefore(marks.opening, at) > countBefore(marks.closing, at);
}

/** A possessive at token k: "noun’s" (singular) or "nouns’" (plural), with its key noun, or null. */
function possessiveAt(tokens: readonly Token[], text: string, marks: QuoteMarks, k: number, paragraph: number): { noun: string; use: Use } | null {
  const t = tokens[k];
  if (!t || (t.capitalised && !t.sentenceInitial)) return null;
  const singular = /^([a-z]+)(['’])s$/u.exec(t.text.toLowerCase());
  if (singular?.[1] && singular[2]) {
    if (pluralOf(singular[1]) === null) return null;
    return { noun: singular[1], use: { paragraph, start: t.start, end: t.end, plural: false, apostrophe: singular[2] } };
  }
  const mark = text.charAt(t.end);
  if ((mark !== "’" && mark !== "'") || /\p{L}/u.test(text.charAt(t.end + 1)) || quoteOpen(marks, t.end)) return null;
  const noun = singularOf(t.norm);
  return noun ? { noun, use: { paragraph, start: t.start, end: t.end + 1, plural: true, apostrophe: mark } } : null;
}

function formOf(noun: string, plural: boolean, apostrophe: string): string {
  return plural ? `${pluralOf(noun) ?? noun + "s"}${apostrophe}` : `${noun}${apostrophe}s`;
}

export const possessiveConsistency: Check = {
  id: "possessive-consistency", severity: "warning", side: "document", numberParams: ["count"],
  run: (doc) => {
    const groups = new Map<string, { noun: string; uses: Use[] }>();
    doc.en.tokens.forEach((tokens, paragraph) => {
      if (doc.en.boilerplate[paragraph]) return;
      const text = doc.en.texts[paragraph] ?? "";
      const marks = quoteMarks(text);
      for (let k = 0; k + 1 < tokens.length; k++) {
        const found = possessiveAt(tokens, text, marks, k, paragraph);
        const after = tokens[k + 1];
        if (!found || !after || !/^\s+$/u.test(text.slice(found.use.end, after.start))) continue;
        const key = `${found.noun} ${after.norm}`;
        const group = groups.get(key) ?? { noun: found.noun, uses: [] };
        group.uses.push(found.use);
        groups.set(key, group);
      }
    });
    const out: RawFinding[] = [];
    for (const { noun, uses } of groups.values()) {
      const plural = uses.filter((u) => u.plural).length;
      const singular = uses.length - plural;
      const majorityPlural = plural > singular;
      const majority = Math.max(plural, singular);
      const minority = Math.min(plural, singular);
      if (minority === 0 || majority < MIN_MAJORITY || majority < MIN_RATIO * minority) continue;
      const canonical = uses.find((u) => u.plural === majorityPlural);
      for (const use of uses) {
        if (use.plural === majorityPlural) continue;
        const text = doc.en.texts[use.paragraph] ?? "";
        const suggestion = formOf(noun, majorityPlural, use.apostrophe);
        out.push({
          lang: "en", paragraph: use.paragraph, start: use.start, end: use.end,
          params: { word: text.slice(use.start, use.end), canonical: canonical ? formOf(noun, majorityPlural, canonical.apostrophe) : suggestion, count: String(majority) },
          suggestion,
        });
      }
    }
    return out;
  },
};
