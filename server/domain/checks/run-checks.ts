/**
 * The engine: runs the enabled checks of the registry over one document and returns their
 * findings, sorted by edition, paragraph and position, with dismissed findings filtered out.
 * This is the only place that knows about enabling and dismissing.
 */
import { filterDismissed, type Dismissal } from "./dismissals.js";
import { prepareDocument } from "./prepare-document.js";
import { CHECKS } from "./registry.js";
import type { Check, CheckDocument, Finding } from "./types.js";

export type RunOptions = {
  /** Only these check ids (default: every check in the registry). */
  enabled?: readonly string[];
  /** Never these check ids. */
  disabled?: readonly string[];
  dismissed?: readonly Dismissal[];
  /** The checks to choose from (default: the registry); tests pass their own. */
  checks?: readonly Check[];
};

export function runChecks(document: CheckDocument, options: RunOptions = {}): Finding[] {
  const prepared = prepareDocument(document);
  const enabled = options.enabled ? new Set(options.enabled) : null;
  const disabled = new Set(options.disabled ?? []);
  const findings: Finding[] = [];
  for (const check of options.checks ?? CHECKS) {
    if ((enabled && !enabled.has(check.id)) || disabled.has(check.id)) continue;
    for (const raw of check.run(prepared)) findings.push({ checkId: check.id, severity: check.severity, side: check.side, ...raw });
  }
  findings.sort((a, b) => (a.lang === b.lang ? 0 : a.lang === "en" ? -1 : 1) || a.paragraph - b.paragraph || a.start - b.start || a.end - b.end);
  const textOf = (lang: "en" | "ar", paragraph: number) => document[lang][paragraph] ?? "";
  return filterDismissed(findings, options.dismissed ?? [], textOf);
}
