/**
 * The browser's import in two steps: the form's files are read (in a worker, like every import)
 * and what was read waits in the database as a pending import, which the preview page shows:
 * both editions' paragraphs numbered, boilerplate and the pieces of cut paragraphs marked, the
 * titles and the dates found and where from. Only "Save" aligns and stores the document. The
 * pending import lives in the database (never in one instance's memory or disk, and never as the
 * uploaded bytes), under a random id only its owner may use, for PREVIEW_LIFETIME_MS.
 */
import { randomBytes } from "node:crypto";
import { ImportError } from "../import/import-error.js";
import { chooseDates, readArticle, storeArticle, titlesOf, type ImportDates, type ImportFile, type ImportResult, type ReadArticle } from "./import-article.js";
import type { DocumentMeta, PendingImportRecord, Store } from "../store/types.js";

/** How long a preview may wait for its "Save". */
export const PREVIEW_LIFETIME_MS = 60 * 60 * 1000;
/** Characters of a paragraph the preview shows: enough to see where it starts and ends. */
export const PREVIEW_TEXT_CHARS = 400;

/** What a pending import holds: the form's title and dates, and the two editions as read. */
type PendingContent = { meta: Partial<DocumentMeta>; article: ReadArticle };

/** What the preview page shows of one edition. */
export type PreviewEdition = {
  side: "en" | "ar";
  name: string;
  format: string;
  paragraphs: { number: number; text: string; shortened: boolean; boilerplate: string | null; cut: boolean }[];
  boilerplate: number;
  cut: number;
};
export type ImportPreviewView = { pendingId: string; expiresAt: string; title: string; titleAr: string; published: ImportDates; editions: [PreviewEdition, PreviewEdition] };

const PENDING_ID = /^[A-Za-z0-9_-]{16,64}$/u;

/** Reads the two files and keeps what was read as a pending import of `user`; answers its id. */
export async function previewImport(store: Store, files: { en: ImportFile; ar: ImportFile }, meta: Partial<DocumentMeta>, user: string, now = new Date()): Promise<{ pendingId: string }> {
  const article = await readArticle(files);
  const pendingId = randomBytes(18).toString("base64url");
  const content: PendingContent = { meta, article };
  store.createPendingImport({
    id: pendingId, user, createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + PREVIEW_LIFETIME_MS).toISOString(), content,
  });
  return { pendingId };
}

/** The pending import `id` of `user`, or the refusal: none such, someone else's, expired. */
function pendingOf(store: Store, id: string, user: string, now: Date): PendingImportRecord {
  const record = PENDING_ID.test(id) ? store.getPendingImport(id) : null;
  if (!record) throw new ImportError("preview-missing");
  if (record.user !== user) throw new ImportError("preview-not-yours");
  if (record.documentId === null && record.expiresAt < now.toISOString()) throw new ImportError("preview-expired");
  return record;
}

/** The preview page's content; a pending import already saved answers its document instead. */
export function importPreviewView(store: Store, id: string, user: string, now = new Date()): ImportPreviewView | { savedAs: number } {
  const record = pendingOf(store, id, user, now);
  if (record.documentId !== null) return { savedAs: record.documentId };
  const { meta, article } = record.content as PendingContent;
  const edition = (side: "en" | "ar"): PreviewEdition => {
    const read = article[side];
    const cut = new Set(read.cut);
    return {
      side, name: read.name, format: read.format,
      paragraphs: read.paragraphs.map((text, k) => ({
        number: k + 1, text: text.length > PREVIEW_TEXT_CHARS ? text.slice(0, PREVIEW_TEXT_CHARS) : text, shortened: text.length > PREVIEW_TEXT_CHARS,
        boilerplate: read.boilerplate[k] ?? null, cut: cut.has(k),
      })),
      boilerplate: read.boilerplate.filter((reason) => reason !== null).length,
      cut: read.cut.length,
    };
  };
  return { pendingId: record.id, expiresAt: record.expiresAt, ...titlesOf(meta, article), published: chooseDates(meta, article), editions: [edition("en"), edition("ar")] };
}

/** Thrown inside the saving transaction when another "Save" of the same import got there first. */
class SavedMeanwhile extends Error {}

/**
 * "Save": aligns the pending import's editions and stores the document (import-article.ts), marking
 * the import saved in the same transaction. Saving one already saved answers that document
 * (`result` null) rather than storing a copy.
 */
export function savePendingImport(store: Store, id: string, user: string, options: { dictionary?: boolean; now?: Date } = {}): { id: number; result: ImportResult | null } {
  const record = pendingOf(store, id, user, options.now ?? new Date());
  if (record.documentId !== null) return { id: record.documentId, result: null };
  const { meta, article } = record.content as PendingContent;
  try {
    const result = storeArticle(store, article, meta, user, {
      ...options,
      within: (documentId) => {
        if (!store.settlePendingImport(id, documentId)) throw new SavedMeanwhile();
      },
    });
    return { id: result.id, result };
  } catch (error) {
    if (!(error instanceof SavedMeanwhile)) throw error;
    return { id: store.getPendingImport(id)?.documentId ?? 0, result: null };
  }
}
