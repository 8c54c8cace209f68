/**
 * Dismissal ("ignore this finding") in one place. A dismissal names the check, a hash of the
 * paragraph's text and the span; it holds while the paragraph's text is unchanged, and lapses by
 * itself as soon as the text is edited (the hash no longer matches).
 */
import { createHash } from "node:crypto";
import type { Finding, Lang } from "./types.js";

export type Dismissal = { checkId: string; lang: Lang; textHash: string; start: number; end: number };

/** A short, stable hash of a paragraph's text (SHA-256, hex, first 16 characters). */
export function hashText(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16);
}

/** The dismissal record for a finding on the given paragraph text. */
export function dismissalOf(finding: Finding, paragraphText: string): Dismissal {
  return { checkId: finding.checkId, lang: finding.lang, textHash: hashText(paragraphText), start: finding.start, end: finding.end };
}

/** Findings minus those dismissed; `textOf` gives the current text of a finding's paragraph. */
export function filterDismissed(findings: readonly Finding[], dismissed: readonly Dismissal[], textOf: (lang: Lang, paragraph: number) => string): Finding[] {
  if (dismissed.length === 0) return [...findings];
  const keys = new Set(dismissed.map((d) => `${d.checkId}|${d.lang}|${d.textHash}|${d.start}|${d.end}`));
  const hashes = new Map<string, string>();
  return findings.filter((f) => {
    const at = `${f.lang}|${f.paragraph}`;
    let hash = hashes.get(at);
    if (hash === undefined) hashes.set(at, (hash = hashText(textOf(f.lang, f.paragraph))));
    return !keys.has(`${f.checkId}|${f.lang}|${hash}|${f.start}|${f.end}`);
  });
}
