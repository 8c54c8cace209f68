/**
 * The engine: runs the enabled checks of the registry over one document and returns their
 * findings, sorted by edition, paragraph and position, with dismissed findings, findings an ignore
 * rule covers (ignore-rules.ts) and word-level findings about an accepted word (accepted-words.ts)
 * filtered out, and each paragraph's findings capped (too-many-findings.ts). This is the only place
 * that knows about enabling, dismissing, ignoring and capping.
 *
 * Each document's checks run under a time budget: a check that would start after the budget is
 * spent is skipped, and the report names it, so that the caller can say the checks are incomplete.
 * The budget is a backstop, not the protection: every check is linear (or n log n) in its
 * paragraphs' length, so a hostile paragraph cannot hold one check for long (a running check is
 * never interrupted).
 */
import { filterDismissed, type Dismissal } from "./dismissals.js";
import { filterIgnored } from "./ignore-rules.js";
import { filterAccepted } from "./accepted-words.js";
import { prepareDocument } from "./prepare-document.js";
import { CHECKS } from "./registry.js";
import { FALSE_ALARM_RATES, FALSE_ALARM_TARGET } from "./data/false-alarm-rates.js";
import { capFindings, MAX_PER_PARAGRAPH } from "./too-many-findings.js";
import type { Check, CheckDocument, Finding } from "./types.js";

/** Default time budget for one document's checks, in milliseconds. */
export const DEFAULT_BUDGET_MS = 5000;

export type RunOptions = {
  /** Only these check ids (default: every check in the registry). */
  enabled?: readonly string[];
  /** Never these check ids. */
  disabled?: readonly string[];
  dismissed?: readonly Dismissal[];
  /** The checks to choose from (default: the registry); tests pass their own. */
  checks?: readonly Check[];
  /** Checks that would start once this many milliseconds have passed are skipped (default DEFAULT_BUDGET_MS). */
  budgetMs?: number;
  /** Findings kept per paragraph before the too-many-findings note (default MAX_PER_PARAGRAPH). */
  maxPerParagraph?: number;
};

export type CheckReport = {
  findings: Finding[];
  /** Ids of the enabled checks that did not run because the budget was spent, in registry order. */
  skipped: string[];
  /** Milliseconds each check that ran took, in the order they ran (preparing the document not included). */
  timings: { checkId: string; ms: number }[];
};

/** The findings of a document and what the run left out; see runChecks for the findings alone. */
export function runChecksReport(document: CheckDocument, options: RunOptions = {}): CheckReport {
  const started = performance.now();
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const prepared = prepareDocument(document);
  const enabled = options.enabled ? new Set(options.enabled) : null;
  const disabled = new Set(options.disabled ?? []);
  const findings: Finding[] = [];
  const skipped: string[] = [];
  const timings: { checkId: string; ms: number }[] = [];
  for (const check of options.checks ?? CHECKS) {
    if ((enabled && !enabled.has(check.id)) || disabled.has(check.id)) continue;
    const before = performance.now();
    if (before - started >= budget) {
      skipped.push(check.id);
      continue;
    }
    for (const raw of check.run(prepared)) findings.push({ checkId: check.id, severity: calibratedSeverity(check, raw.lang), side: check.side, ...raw });
    timings.push({ checkId: check.id, ms: performance.now() - before });
  }
  findings.sort(byPosition);
  const textOf = (lang: "en" | "ar", paragraph: number) => document[lang][paragraph] ?? "";
  const dismissed = options.dismissed ?? [];
  const rules = document.context?.ignoreRules ?? [];
  const hidden = (list: readonly Finding[]) => filterIgnored(filterDismissed(list, dismissed, textOf), rules, textOf);
  const capped = capFindings(hidden(filterAccepted(findings, prepared.accepted, textOf)), textOf, options.maxPerParagraph ?? MAX_PER_PARAGRAPH);
  // Once more, for the notes the cap added (they can be dismissed or ignored too), and into order again.
  return { findings: hidden(capped).sort(byPosition), skipped, timings };
}

/**
 * Precision by design: a check whose false alarms on clean, professionally edited text exceed the
 * target (measured per check and edition by scripts/measure-false-alarms.ts into
 * data/false-alarm-rates.ts) is shown as info, not as a warning or an error, until it keeps to it.
 */
export function calibratedSeverity(check: Check, lang: "en" | "ar"): Finding["severity"] {
  const rate = FALSE_ALARM_RATES[`${check.id}:${lang}`];
  return rate !== undefined && rate > FALSE_ALARM_TARGET ? "info" : check.severity;
}

function byPosition(a: Finding, b: Finding): number {
  return (a.lang === b.lang ? 0 : a.lang === "en" ? -1 : 1) || a.paragraph - b.paragraph || a.start - b.start || a.end - b.end;
}

/** The findings of a document (see runChecksReport for what a run under its budget skipped). */
export function runChecks(document: CheckDocument, options: RunOptions = {}): Finding[] {
  return runChecksReport(document, options).findings;
}
