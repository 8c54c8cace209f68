/**
 * The alignment view of one document, ready for a template: one row per bead with its English and
 * Arabic paragraphs, its calibrated score as a number and a band (high, medium, low; neutral for
 * one-sided boilerplate: domain/align/score-bands.ts), what the signals say, and the
 * alignment map (the path of beads through the English × Arabic paragraph grid). Long documents
 * are shown PAGE_SIZE rows at a time (the map always shows the whole document).
 */
import type { BeadRecord, DocumentRecord, ParagraphRecord, Store } from "../store/types.js";
import type { BeadSignals } from "../domain/align/types.js";
import { normaliseArabic } from "../domain/segment/normalise-arabic.js";
import { hashText } from "../domain/checks/dismissals.js";
import { translatorFor, type Language } from "../i18n/translate.js";
import { formatListIn, monthNameIn, weekdayNameIn } from "../i18n/format-value.js";
import { findingMessage } from "../i18n/finding-message.js";
import { scoreBand, type ScoreBand } from "../domain/align/score-bands.js";

export { scoreBand, type ScoreBand };

export type AlignmentRow = {
  bead: BeadRecord;
  number: number;
  en: ParagraphRecord[];
  ar: ParagraphRecord[];
  oneSided: "en" | "ar" | null;
  band: ScoreBand;
  scorePercent: number;
  /** The calibrated score, two decimals (the template writes it in the interface's digits). */
  scoreValue: number;
  why: WhyLine[];
  /** The open findings on its paragraphs. */
  findings: RowFinding[];
  /** The rows around it, as the user sees them, for operations that change them too. */
  prev?: { id: number; version: number } | null;
  next?: { id: number; version: number } | null;
};

/** A map cell; `href` leads to its row: on this page, or on the page of the whole list that holds it. */
export type MapCell = { row: number; x: number; y: number; width: number; height: number; band: ScoreBand; oneSided: boolean; href: string };

/**
 * Which rows the reviewer wants to see; `page` (1-based) picks PAGE_SIZE of them; without a page,
 * `row` (1-based, as rows are numbered) picks the page that holds that row (a link from the findings grid, the history or the audit log).
 */
export type RowFilter = { show?: "all" | "unconfirmed" | "rejected" | "flagged" | "non-1-1" | "low" | "one-sided"; q?: string; page?: number; row?: number };

export const ROW_SHOWS: readonly NonNullable<RowFilter["show"]>[] = ["all", "unconfirmed", "rejected", "flagged", "non-1-1", "low", "one-sided"];

/** The filter a query string asks for (`show`, `q`, `page`, `row`); anything unknown reads as the default. */
export function readRowFilter(query: Record<string, unknown>): RowFilter {
  const show = typeof query.show === "string" && (ROW_SHOWS as readonly string[]).includes(query.show) ? (query.show as RowFilter["show"]) : "all";
  const q = typeof query.q === "string" ? query.q.slice(0, 200) : "";
  const row = typeof query.row === "string" && /^\d{1,7}$/u.test(query.row) ? Number(query.row) : undefined;
  const page = typeof query.page === "string" && /^\d{1,6}$/u.test(query.page) ? Number(query.page) : row === undefined ? 1 : undefined;
  return row === undefined ? { show, q, page } : { show, q, page, row };
}

/**
 * Rows rendered at once: at most PAGE_SIZE rows and, past the first row, at most PAGE_CHARACTERS
 * characters of text, so one render stays bounded (tens of milliseconds) however long the
 * document or its paragraphs are.
 */
export const PAGE_SIZE = 100;
export const PAGE_CHARACTERS = 100_000;

/** Where each page starts (indices into `rows`, the first is 0). */
export function pageStarts(rows: readonly { en: { text: string }[]; ar: { text: string }[] }[]): number[] {
  const starts = [0];
  let count = 0;
  let characters = 0;
  rows.forEach((row, k) => {
    const size = [...row.en, ...row.ar].reduce((sum, p) => sum + p.text.length, 0);
    if (count > 0 && (count >= PAGE_SIZE || characters + size > PAGE_CHARACTERS)) {
      starts.push(k);
      count = 0;
      characters = 0;
    }
    count++;
    characters += size;
  });
  return starts;
}

/** A finding as the editor shows it: where, how bad, what it says, what would fix it. */
export type RowFinding = { id: number; paragraphId: number | null; checkId: string; severity: string; start: number; end: number; message: string; name: string; suggestion: string | null; lang: string };

/** Arabic folded for search (hamza, alef, ta marbuta, tatweel, diacritics), English lower-cased. */
function searchable(text: string): string {
  return normaliseArabic(text).toLowerCase();
}

/**
 * Paragraphs folded for search, by id and version: a reviewer trying query after query on a long
 * document folds each paragraph once, not on every request. Bounded; cleared when full.
 */
const FOLDED = new Map<string, string>();
const FOLDED_LIMIT = 100_000;

function folded(p: ParagraphRecord): string {
  const key = `${p.id}:${p.version}`;
  let text = FOLDED.get(key);
  if (text === undefined) {
    if (FOLDED.size >= FOLDED_LIMIT) FOLDED.clear();
    text = searchable(p.text);
    FOLDED.set(key, text);
  }
  return text;
}

function keepRow(row: AlignmentRow, filter: RowFilter): boolean {
  const show = filter.show ?? "all";
  // Unconfirmed: still to review (a rejected row has been reviewed too).
  if (show === "unconfirmed" && row.bead.status !== "auto") return false;
  if (show === "rejected" && row.bead.status !== "rejected") return false;
  if (show === "non-1-1" && row.bead.en.length === 1 && row.bead.ar.length === 1) return false;
  if (show === "low" && (row.band === "high" || row.band === "neutral")) return false;
  if (show === "one-sided" && row.oneSided === null) return false;
  if (show === "flagged" && row.findings.length === 0) return false;
  const q = filter.q?.trim();
  if (q) {
    const needle = searchable(q);
    if (![...row.en, ...row.ar].some((p) => folded(p).includes(needle))) return false;
  }
  return true;
}

export type AlignmentView = {
  document: DocumentRecord;
  rows: AlignmentRow[];
  map: { width: number; height: number; cells: MapCell[] };
  counts: { beads: number; confirmed: number; rejected: number; oneSided: number; paragraphsEn: number; paragraphsAr: number; shown: number };
  filter: RowFilter;
  /** Which slice of the matching rows this is (1-based page; `matching` rows in all). */
  paging: { page: number; pages: number; several: boolean; matching: number; first: number; last: number; prevHref: string | null; nextHref: string | null };
  /** The stored findings are older than the document (the background is recomputing them). */
  findingsPending: boolean;
};

/** One line of "why this pair": what the signal is, and its values written for the reader. */
export type WhyLine = { label: string; value?: string };

/** A month or weekday anchor ("m:7", "d:5", anchors.ts) by its name in the language. */
function calendarName(lang: Language, anchor: string): string {
  const [kind, number] = anchor.split(":");
  const n = Number(number);
  if (kind === "m") return monthNameIn(lang, n);
  if (kind === "d") return weekdayNameIn(lang, n);
  return anchor;
}

/**
 * The signals worth saying, each as a translated phrase with its values in the reader's digits
 * and list separators (numbers are stored as value keys, "45000"; dates as anchors, "m:7").
 */
export function explainSignals(s: BeadSignals, lang: Language = "en"): WhyLine[] {
  const t = translatorFor(lang);
  const numbers = (keys: readonly string[]) => formatListIn(lang, keys.map((k) => (Number.isFinite(Number(k)) ? Number(k) : k)));
  const why: WhyLine[] = [];
  if (s.boilerplate) why.push({ label: t(`boilerplate.${s.boilerplate}`) });
  if (s.lengthRatio !== undefined) {
    const value = s.expectedRatio === undefined ? t("why.values.ratioAlone", { ratio: s.lengthRatio }) : t("why.values.ratio", { ratio: s.lengthRatio, expected: s.expectedRatio });
    why.push({ label: t("why.length"), value });
  }
  if (s.numbersShared?.length) why.push({ label: t("why.numbers"), value: numbers(s.numbersShared) });
  if (s.numbersEnOnly?.length) why.push({ label: t("why.numbersEnOnly"), value: numbers(s.numbersEnOnly) });
  if (s.numbersArOnly?.length) why.push({ label: t("why.numbersArOnly"), value: numbers(s.numbersArOnly) });
  if (s.namesShared?.length) why.push({ label: t("why.names"), value: formatListIn(lang, s.namesShared) });
  if (s.datesShared?.length) why.push({ label: t("why.dates"), value: formatListIn(lang, s.datesShared.map((d) => calendarName(lang, d))) });
  if (s.lexiconEn !== undefined) {
    why.push({ label: t("why.lexicon"), value: t("why.values.shares", { en: Math.round(100 * s.lexiconEn), ar: Math.round(100 * (s.lexiconAr ?? 0)) }) });
  }
  if (s.quotes) why.push({ label: t("why.quotes") });
  if (s.positionDrift !== undefined) why.push({ label: t("why.position"), value: t("why.values.share", { share: Math.round(100 * s.positionDrift) }) });
  return why;
}

function pageHref(filter: RowFilter, page: number): string {
  const query = new URLSearchParams({ show: filter.show ?? "all", page: String(page) });
  if (filter.q) query.set("q", filter.q);
  return `?${query.toString()}`;
}

/**
 * The open findings of these paragraphs, by paragraph id, in the reader's language. Findings
 * computed before the last edit of their paragraph would point at the wrong text: until the
 * background has recomputed them, only those whose paragraph is unchanged show.
 */
function findingsOf(store: Store, documentId: number, paragraphs: ReadonlyMap<number, ParagraphRecord>, lang: Language): Map<number, RowFinding[]> {
  const t = translatorFor(lang);
  const byParagraph = new Map<number, RowFinding[]>();
  const currentHash = new Map<number, string>();
  const unchanged = (paragraphId: number, textHash: string) => {
    let hash = currentHash.get(paragraphId);
    if (hash === undefined) {
      hash = hashText(paragraphs.get(paragraphId)?.text ?? "");
      currentHash.set(paragraphId, hash);
    }
    return hash === textHash;
  };
  for (const f of store.listFindings({ documentId })) {
    if (f.paragraphId === null || !paragraphs.has(f.paragraphId) || !unchanged(f.paragraphId, f.textHash)) continue;
    const list = byParagraph.get(f.paragraphId) ?? [];
    list.push({
      id: f.id, paragraphId: f.paragraphId, checkId: f.checkId, severity: f.severity, start: f.start, end: f.end, suggestion: f.suggestion, lang: f.side,
      message: findingMessage(t, f.checkId, f.params), name: t(`checks.${f.checkId}.name`),
    });
    byParagraph.set(f.paragraphId, list);
  }
  return byParagraph;
}

/** One row (without `why`, `prev` and `next`, which only shown rows need); `k` is its index (0-based). */
function rowOf(bead: BeadRecord, k: number, en: ParagraphRecord[], ar: ParagraphRecord[], findings: ReadonlyMap<number, RowFinding[]>): AlignmentRow {
  return {
    bead,
    number: k + 1,
    en,
    ar,
    oneSided: bead.ar.length === 0 ? "en" : bead.en.length === 0 ? "ar" : null,
    // One-sided boilerplate is neutral: its score says nothing about a pairing.
    band: scoreBand(bead.score, (bead.ar.length === 0 || bead.en.length === 0) && [...en, ...ar].every((p) => p.boilerplate)),
    scorePercent: Math.round(bead.score * 100),
    scoreValue: Math.round(bead.score * 100) / 100,
    why: [],
    findings: [...en, ...ar].flatMap((p) => findings.get(p.id) ?? []),
  };
}

/** Every row of a document (without `why`, `prev` and `next`); without `signals` the beads' signals are not read. */
function documentRows(store: Store, documentId: number, lang: Language, options: { signals?: boolean } = {}) {
  const document = store.getDocument(documentId);
  if (!document) return null;
  const en = store.getParagraphs(documentId, "en");
  const ar = store.getParagraphs(documentId, "ar");
  const beads = store.getBeads(documentId, options);
  const findings = findingsOf(store, documentId, new Map<number, ParagraphRecord>([...en, ...ar].map((p) => [p.id, p])), lang);
  const present = (p: ParagraphRecord | undefined): p is ParagraphRecord => p !== undefined;
  const allRows = beads.map((bead, k) => rowOf(bead, k, bead.en.map((i) => en[i]).filter(present), bead.ar.map((j) => ar[j]).filter(present), findings));
  return { document, en, ar, beads, allRows };
}

/** What a shown row needs beyond its bead: what its signals say, and its neighbours as they are. */
function completeRows(rows: AlignmentRow[], beads: readonly BeadRecord[], lang: Language): void {
  for (const row of rows) {
    const k = row.number - 1;
    row.why = explainSignals(row.bead.signals, lang);
    row.prev = beads[k - 1] ? { id: beads[k - 1]!.id, version: beads[k - 1]!.version } : null;
    row.next = beads[k + 1] ? { id: beads[k + 1]!.id, version: beads[k + 1]!.version } : null;
  }
}

/**
 * The rows of these beads, complete as the view shows them, in document order (for the page
 * script after an operation: it replaces only the rows that changed). `beads` is the document's
 * bead list as it is now, read without signals; only the rows asked for are read in full, so the
 * cost follows the rows changed, not the document's length. Unknown ids are left out.
 */
export function buildRowsOf(store: Store, documentId: number, beads: readonly BeadRecord[], beadIds: ReadonlySet<number>, lang: Language = "en"): AlignmentRow[] {
  const chosen = beads.map((bead, k) => ({ bead, k })).filter(({ bead }) => beadIds.has(bead.id));
  const signals = store.getBeadSignals(documentId, chosen.map(({ bead }) => bead.id));
  const paragraphs = new Map<number, ParagraphRecord>();
  for (const { bead } of chosen) {
    for (const id of [...(bead.paragraphIds?.en ?? []), ...(bead.paragraphIds?.ar ?? [])]) {
      const p = store.getParagraph(id);
      if (p) paragraphs.set(id, p);
    }
  }
  const findings = findingsOf(store, documentId, paragraphs, lang);
  const side = (ids: number[] | undefined) => (ids ?? []).map((id) => paragraphs.get(id)).filter((p): p is ParagraphRecord => p !== undefined);
  const rows = chosen.map(({ bead, k }) => rowOf({ ...bead, signals: signals.get(bead.id) ?? bead.signals }, k, side(bead.paragraphIds?.en), side(bead.paragraphIds?.ar), findings));
  completeRows(rows, beads, lang);
  return rows;
}

/** The rows that match the filter, and the page of them the filter asks for (a page past the end: the last). */
function pageOf(allRows: AlignmentRow[], filter: RowFilter) {
  const matching = allRows.filter((row) => keepRow(row, filter));
  const starts = pageStarts(matching);
  const pages = starts.length;
  const held = filter.page === undefined && filter.row !== undefined ? matching.findIndex((r) => r.number === filter.row) : -1;
  const page = held >= 0 ? starts.filter((start) => start <= held).length : Math.min(Math.max(1, Math.floor(filter.page ?? 1)), pages);
  return { matching, pages, page, rows: matching.slice(starts[page - 1] ?? 0, starts[page] ?? matching.length) };
}

/** The map of the whole document; a cell of a row on the page shown links to it there, any other to its page of the whole list. */
function mapOf(allRows: AlignmentRow[], shownRows: AlignmentRow[], enCount: number, arCount: number): AlignmentView["map"] {
  // Map: x runs over English paragraphs, y over Arabic ones; a one-sided bead is a thin mark.
  const cells: MapCell[] = [];
  const shown = new Set(shownRows.map((r) => r.number));
  // The page of the whole (unfiltered) list that holds each row, for map cells off this page.
  const allStarts = pageStarts(allRows);
  const pageOfRow = (k: number) => {
    let p = 0;
    while (p + 1 < allStarts.length && (allStarts[p + 1] ?? Infinity) <= k) p++;
    return p + 1;
  };
  let x = 0;
  let y = 0;
  allRows.forEach((row, k) => {
    const w = row.bead.en.length;
    const h = row.bead.ar.length;
    const href = shown.has(k + 1) ? `#row-${k + 1}` : `?show=all&page=${pageOfRow(k)}#row-${k + 1}`;
    cells.push({ row: k + 1, x, y, width: Math.max(w, 0.35), height: Math.max(h, 0.35), band: row.band, oneSided: row.oneSided !== null, href });
    x += w;
    y += h;
  });
  return { width: Math.max(enCount, 1), height: Math.max(arCount, 1), cells };
}

/** Only the map of the view `filter` shows (after an operation that changed the structure): no signals read. */
export function buildMapOf(store: Store, documentId: number, filter: RowFilter, lang: Language = "en"): AlignmentView["map"] | null {
  const all = documentRows(store, documentId, lang, { signals: false });
  if (!all) return null;
  return mapOf(all.allRows, pageOf(all.allRows, filter).rows, all.en.length, all.ar.length);
}

/** The view in the reader's language `lang`: messages, "why" and values written for it. */
export function buildAlignmentView(store: Store, documentId: number, filter: RowFilter = {}, lang: Language = "en"): AlignmentView | null {
  const all = documentRows(store, documentId, lang);
  if (!all) return null;
  const { document, en, ar, beads, allRows } = all;
  const { matching, pages, page, rows } = pageOf(allRows, filter);
  // What the signals say is worked out for the rows shown only.
  completeRows(rows, beads, lang);
  return {
    document,
    rows,
    map: mapOf(allRows, rows, en.length, ar.length),
    counts: {
      beads: beads.length,
      confirmed: beads.filter((b) => b.status === "confirmed").length,
      rejected: beads.filter((b) => b.status === "rejected").length,
      oneSided: allRows.filter((r) => r.oneSided !== null).length,
      paragraphsEn: en.length,
      paragraphsAr: ar.length,
      shown: rows.length,
    },
    filter,
    paging: {
      page, pages, several: pages > 1, matching: matching.length,
      first: rows[0]?.number ?? 0, last: rows[rows.length - 1]?.number ?? 0,
      prevHref: page > 1 ? pageHref(filter, page - 1) : null, nextHref: page < pages ? pageHref(filter, page + 1) : null,
    },
    findingsPending: store.findingsVersion(documentId) !== document.version,
  };
}
