/**
 * Western (0-9) and Arabic-Indic (٠-٩) or Persian digits mixed within one Arabic paragraph. Outlets
 * choose one digit script (the sample's Arabic edition uses Western digits in a photo caption and
 * Arabic-Indic ones in the text, each paragraph consistent); a paragraph that mixes them has
 * usually been patched by hand. The numbers in the less used script are flagged, converted as fix.
 */
import type { Check, RawFinding } from "./types.js";

const NUMBER = /[0-9]+|[\u0660-\u0669]+|[\u06F0-\u06F9]+/gu;
const scriptOf = (digits: string) => (/[0-9]/u.test(digits) ? "western" : /[\u0660-\u0669]/u.test(digits) ? "arabic" : "persian");
const BASE: Record<string, number> = { western: 0x30, arabic: 0x660, persian: 0x6f0 };

function convert(digits: string, to: string): string {
  return [...digits].map((d) => {
    const code = d.charCodeAt(0);
    const value = code >= 0x6f0 ? code - 0x6f0 : code >= 0x660 ? code - 0x660 : code - 0x30;
    return String.fromCharCode((BASE[to] ?? 0x30) + value);
  }).join("");
}

export const mixedDigits: Check = {
  id: "mixed-digits", severity: "warning", side: "ar",
  run: (doc) => {
    const out: RawFinding[] = [];
    doc.ar.texts.forEach((text, paragraph) => {
      const numbers = [...text.matchAll(NUMBER)].map((m) => ({ digits: m[0], start: m.index ?? 0, script: scriptOf(m[0]) }));
      const counts = new Map<string, number>();
      for (const n of numbers) counts.set(n.script, (counts.get(n.script) ?? 0) + n.digits.length);
      if (counts.size < 2) return;
      const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "arabic";
      for (const n of numbers) {
        if (n.script === main) continue;
        out.push({ lang: "ar", paragraph, start: n.start, end: n.start + n.digits.length, params: { number: n.digits }, suggestion: convert(n.digits, main) });
      }
    });
    return out;
  },
};
