/**
 * Real-word errors in context: a correctly spelt word that is the wrong word where it stands ("The
 * tow side agreed", "they inventor of", "was lead by", "he dose not know"). Two judges, in order:
 * the named grammar rules (real-word-rules.ts), then the trigram language model
 * (real-word-model.ts: every word with confusable alternatives, scored against each in its
 * sentence) when the check context carries one; without a model the rules alone judge, so the
 * check degrades (fewer slips found), never fails.
 */
import { numberPhraseFix } from "./number-agreement.js";
import { modelFlags } from "./real-word-model.js";
import { RULES } from "./real-word-rules.js";
import { matchCase, type Slot, type Verdict } from "./real-word-slot.js";
import type { Token } from "../segment/tokenise.js";
import type { Check, RawFinding } from "./types.js";

export const realWord: Check = {
  id: "real-word", severity: "warning", side: "en",
  run: (doc) => {
    const out: RawFinding[] = [];
    const model = doc.languageModel;
    doc.en.tokens.forEach((tokens, paragraph) => {
      const text = doc.en.texts[paragraph] ?? "";
      const flags = model ? modelFlags(tokens, text, model) : null;
      const modelVerdict = (s: Slot): Verdict => {
        const c = flags?.get(s.k);
        return c ? { suggestion: c.alternative, reason: c.method } : null;
      };
      const judges: ((s: Slot, w: Token) => Verdict)[] = [...RULES.map((r) => r.judge), ...(flags ? [modelVerdict] : [])];
      tokens.forEach((w, k) => {
        for (const judge of judges) {
          const verdict = judge({ tokens, text, k }, w);
          if (!verdict) continue;
          const suggestion = verdict.suggestion === null ? null : matchCase(verdict.suggestion, w.text);
          // A number word before a singular noun: the fix is the phrase ("tow side" -> "two sides").
          const phrase = suggestion === null ? null : numberPhraseFix(tokens, text, k, suggestion);
          const end = phrase?.end ?? w.end;
          const fix = phrase?.suggestion ?? suggestion;
          out.push({ lang: "en", paragraph, start: w.start, end, params: { word: text.slice(w.start, end), suggestion: fix ?? "" }, suggestion: fix });
          break;
        }
      });
    });
    return out;
  },
};
