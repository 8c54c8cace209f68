/**
 * A store with something in most of its tables, made through the Store's own methods (the sample
 * corpus, edits, a split, an undo, a confirmed row, findings and a dismissal, users with a session
 * and a preference, a setting, ignore lists, a pending import, a job with a file of every byte
 * value), and what a store reads back of it: the copy tests compare the second across engines.
 */
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import type { Store } from "../../server/store/types.js";

/** 256 bytes, 0 to 255, then a NUL-led tail: a file no text encoding would carry intact. */
export const EVERY_BYTE = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, k) => k)), Buffer.from([0, 0, 255, 10, 13])]);

/** Fills an empty store; answers the document's id and the job's. */
export async function fillRichStore(store: Store): Promise<{ documentId: number; jobId: number }> {
  const [documentId] = await loadSampleCorpus(store, "editor");
  if (documentId === undefined) throw new Error("the sample corpus loaded no document");
  const en = store.getParagraphs(documentId, "en");
  const ar = store.getParagraphs(documentId, "ar");
  const first = en[0];
  const second = en[1];
  const arabic = ar[0];
  if (!first || !second || !arabic) throw new Error("the sample document is too short");
  store.editParagraph(first.id, first.version, `${first.text} — “quoted”, 3½ % and an emoji 🗞️.`, "editor");
  store.editParagraph(arabic.id, arabic.version, `${arabic.text} (تعديل: «اقتباس» ١٢٣٫٥)`, "editor");
  store.splitParagraph(second.id, second.version, Math.floor(second.text.length / 2), "editor");
  store.travel(documentId, "undo", "editor");
  const bead = store.getBeads(documentId)[2];
  if (bead) store.setBeadStatus(documentId, bead.id, bead.version, "confirmed", "editor", "confirm");
  const paragraph = store.getParagraphs(documentId, "en")[3];
  if (paragraph) {
    store.replaceFindings(documentId, [
      { beadId: null, paragraphId: paragraph.id, checkId: "double-space", severity: "warning", side: "en", start: 0, end: 4, params: { n: "2" }, suggestion: " ", textHash: "h1", excerpt: paragraph.text.slice(0, 4) },
      { beadId: null, paragraphId: paragraph.id, checkId: "number-mismatch", severity: "error", side: "en", start: 5, end: 9, params: {}, suggestion: null, textHash: "h2", excerpt: paragraph.text.slice(5, 9) },
    ], store.getDocument(documentId)?.version ?? 1);
    store.dismissFinding(documentId, { lang: "en", checkId: "double-space", textHash: "h1", start: 0, end: 4, paragraphId: paragraph.id, excerpt: paragraph.text.slice(0, 4) }, "editor");
  }
  const admin = store.createUser("Admin", "scrypt$salt$hash", "admin");
  const viewer = store.createUser("قارئ", "scrypt$salt$other", "viewer");
  store.createSession("session-Zz-ب", admin.id, "2099-01-01T00:00:00.000Z");
  store.createSession("session-aa", viewer.id, "2099-01-01T00:00:00.000Z");
  store.setUserDensity(viewer.id, "compact");
  store.setting("csrf-secret", () => "s3cr3t");
  store.setting("Zeta", () => "capital before lower case, byte by byte");
  store.setting("awkward", () => "NULL"); // what an array literal would read as no value
  store.setting("empty", () => "");
  store.setting("quoted", () => '{"a": "b\\c"}, \'x\' \\N');
  store.addIgnoreRule({ checkId: "spelling", text: "Homs" }, "editor");
  store.upsertAcceptedWords([{ lang: "ar", word: "حمص", kind: "name", note: "مدينة" }], "editor");
  store.createPendingImport({ id: "pending-1", user: "editor", createdAt: "2026-01-01T00:00:00.000Z", expiresAt: "2099-01-01T00:00:00.000Z", content: { title: "عنوان", n: 0.1 + 0.2 } });
  const jobId = store.createJob({ kind: "archive", params: { score: 0.1 + 0.2, tiny: 5e-324 }, createdBy: "editor", files: [{ role: "en", name: "en.zip", bytes: EVERY_BYTE }] });
  store.setJobProgress(jobId, "read", 3, 7);
  return { documentId, jobId };
}

/** What the store reads of its data, in a form two stores can be compared in. */
export function storeReading(store: Store, jobId: number): unknown {
  return {
    documents: store.listDocuments().map((d) => ({
      document: store.getDocument(d.id),
      en: store.getParagraphs(d.id, "en"),
      ar: store.getParagraphs(d.id, "ar"),
      beads: store.getBeads(d.id, { signals: true }),
      history: store.getHistory(d.id),
      findings: store.listFindings({ documentId: d.id }),
      dismissals: store.listDismissals(d.id),
      counts: store.countFindings(d.id),
    })),
    gridDocuments: store.listGridDocuments(100),
    glossary: store.listGlossary(),
    users: store.listUsers(),
    job: store.getJob(jobId),
    file: store.jobFile(jobId, "en"),
    ignoreRules: store.listIgnoreRules(),
    acceptedWords: store.listAcceptedWords(),
  };
}
