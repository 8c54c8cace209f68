/**
 * The table-driven helper for check tests: each case is a document (English and, where it
 * applies, Arabic paragraphs with beads) and either "pass" (no finding of the check) or the exact
 * texts the check must flag.
 */
import { expect } from "chai";
import { runChecks } from "../../../server/domain/checks/run-checks.js";
import type { CheckDocument } from "../../../server/domain/checks/types.js";

export type Case = { name: string; doc: CheckDocument; flags: string[] };

/** A one-paragraph English document. */
export const en = (text: string): CheckDocument => ({ en: [text], ar: [] });
/** A one-paragraph Arabic document. */
export const ar = (text: string): CheckDocument => ({ en: [], ar: [text] });
/** Paragraph pairs, aligned one to one. */
export const pairs = (...p: [string, string][]): CheckDocument => ({ en: p.map((x) => x[0]), ar: p.map((x) => x[1]), beads: p.map((_, k) => ({ en: [k], ar: [k] })) });

export function flaggedTexts(checkId: string, doc: CheckDocument): string[] {
  return runChecks(doc, { enabled: [checkId] }).map((f) => (doc[f.lang][f.paragraph] ?? "").slice(f.start, f.end));
}

export function runTable(checkId: string, cases: Case[]): void {
  describe(checkId, () => {
    for (const c of cases) {
      it(`${c.flags.length === 0 ? "passes" : "flags"}: ${c.name}`, () => {
        expect(flaggedTexts(checkId, c.doc)).to.deep.equal(c.flags);
      });
    }
  });
}
