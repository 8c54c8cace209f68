/**
 * Imports an article pair: reads both editions (text, HTML or DOCX, with every check of
 * read-edition.ts), marks one-sided boilerplate, aligns the paragraphs with the corpus lexicon,
 * and stores document, paragraphs and beads in one transaction. Nothing is written unless all
 * of it succeeded. Reading and storing are separate steps (readArticle, storeArticle), so the
 * browser's import can show what was read before anything is stored (import-preview.ts).
 *
 * Publication dates: the one the editor gave for an edition wins; else the one its HTML metadata
 * carries; else none. checkImportDates vets what the editor gave, in the same terms everywhere.
 */
import { readEditionPair, type EditionFormat } from "../import/read-edition.js";
import { ImportError } from "../import/import-error.js";
import { detectBoilerplate, type BoilerplateReason } from "../domain/segment/boilerplate.js";
import { alignUnits } from "../domain/align/align-units.js";
import { checkPublicationDate, latestPublicationDate, type FoundDate } from "../domain/publication-date.js";
import { lexiconFor } from "./align-resources.js";
import type { DocumentMeta, Store } from "../store/types.js";

export type ImportFile = { bytes: Uint8Array; name: string };
/** Each edition's publication date as stored, and where it came from (null: none). */
export type ImportDates = { en: FoundDate | null; ar: FoundDate | null };
export type ImportResult = { id: number; paragraphsEn: number; paragraphsAr: number; beads: number; oneSided: number; published: ImportDates };

/** One edition as read: its paragraphs, the boilerplate reason of each (or null), the pieces of cut paragraphs. */
export type ReadEdition = { name: string; format: EditionFormat; paragraphs: string[]; boilerplate: (BoilerplateReason | null)[]; cut: number[]; published: FoundDate | null };
export type ReadArticle = { en: ReadEdition; ar: ReadEdition };

/** The dates an editor typed for the two editions (empty or absent: none). */
export type DateFields = { enDate?: string | undefined; arDate?: string | undefined };

export const MAX_TITLE = 200;

/**
 * The editor's dates, checked: a real day, at most a year after `today`. Refuses with an
 * ImportError (`bad-date`, `future-date`) naming the edition; empty fields give no date.
 */
export function checkImportDates(fields: DateFields, today: Date): { publishedEn?: string; publishedAr?: string } {
  const dates: { publishedEn?: string; publishedAr?: string } = {};
  for (const side of ["en", "ar"] as const) {
    const text = (side === "en" ? fields.enDate : fields.arDate)?.trim() ?? "";
    if (text === "") continue;
    const checked = checkPublicationDate(text, today);
    if (!checked.ok) throw new ImportError(checked.reason === "future" ? "future-date" : "bad-date", { side, limit: latestPublicationDate(today) });
    dates[side === "en" ? "publishedEn" : "publishedAr"] = checked.date;
  }
  return dates;
}

/** The date stored for each edition: the editor's, else the file's metadata's, else none. */
export function chooseDates(given: Partial<DocumentMeta>, article: ReadArticle): ImportDates {
  const pick = (typed: string | null | undefined, found: FoundDate | null): FoundDate | null =>
    typed ? { date: typed, source: { kind: "form" } } : found;
  return { en: pick(given.publishedEn, article.en.published), ar: pick(given.publishedAr, article.ar.published) };
}

/** Reads and checks both editions and marks their boilerplate; stores nothing. */
export async function readArticle(files: { en: ImportFile; ar: ImportFile }): Promise<ReadArticle> {
  const { en, ar } = await readEditionPair(files.en, files.ar);
  const side = (edition: typeof en, name: string, lang: "en" | "ar"): ReadEdition => ({
    name, format: edition.format, paragraphs: edition.paragraphs, cut: edition.cut, published: edition.published,
    boilerplate: detectBoilerplate(edition.paragraphs, lang),
  });
  return { en: side(en, files.en.name, "en"), ar: side(ar, files.ar.name, "ar") };
}

/** The titles a document gets: the editor's, else each edition's first paragraph (else the English file's name). */
export function titlesOf(meta: Partial<DocumentMeta>, article: ReadArticle): { title: string; titleAr: string } {
  return {
    title: (meta.title?.trim() || article.en.paragraphs[0] || article.en.name).slice(0, MAX_TITLE),
    titleAr: (meta.titleAr?.trim() || article.ar.paragraphs[0] || "").slice(0, MAX_TITLE),
  };
}

/**
 * Aligns an article that was read and stores it with its dates (chooseDates), in one transaction;
 * `within` runs inside that transaction after the document is written (a pending import marks
 * itself saved there, so a second save cannot store it twice).
 */
export function storeArticle(
  store: Store, article: ReadArticle, meta: Partial<DocumentMeta>, user: string,
  options: { dictionary?: boolean; within?: (id: number) => void } = {},
): ImportResult {
  const { en, ar } = article;
  const lexicon = lexiconFor(store.listGlossary(), options);
  const { beads } = alignUnits(en.paragraphs, ar.paragraphs, { lexicon, enBoilerplate: en.boilerplate, arBoilerplate: ar.boilerplate });
  const published = chooseDates(meta, article);
  const id = store.atomically(() => {
    const created = store.createDocument(
      {
        ...meta,
        ...titlesOf(meta, article),
        publishedEn: published.en?.date ?? null,
        publishedAr: published.ar?.date ?? null,
        en: en.paragraphs.map((text, k) => ({ text, boilerplate: en.boilerplate[k] ?? null })),
        ar: ar.paragraphs.map((text, k) => ({ text, boilerplate: ar.boilerplate[k] ?? null })),
        beads,
      },
      user,
    );
    options.within?.(created);
    return created;
  });
  return {
    id,
    paragraphsEn: en.paragraphs.length,
    paragraphsAr: ar.paragraphs.length,
    beads: beads.length,
    oneSided: beads.filter((b) => b.en.length === 0 || b.ar.length === 0).length,
    published,
  };
}

export async function importArticle(
  store: Store, files: { en: ImportFile; ar: ImportFile }, meta: Partial<DocumentMeta>, user: string,
  options: { dictionary?: boolean } = {},
): Promise<ImportResult> {
  return storeArticle(store, await readArticle(files), meta, user, options);
}
