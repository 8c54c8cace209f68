/**
 * Every URL of the web app, in one place, with who may use it: the guards before a handler are
 * all of its permissions (web/guards.ts; test/routes/index.test.ts reads them off the router).
 * Where the permission depends on the data a request names, the route lists the actions it may
 * need and says what decides between them: the guard itself when the data can be read at once
 * (a paragraph's side), the service when it can only be read inside the change's transaction
 * (the kind of change an undo reverses). On top of every write, a locked document refuses all but
 * an admin (edit-locked), decided by the services inside the transaction, since a lock may come
 * between the request and the write. The services check every permission again: they also serve
 * the command line and the worker threads. Handlers live in one file per area and stay thin
 * (controllers of web/http.ts); state-changing requests are all POST (or PUT) and all pass the
 * CSRF check.
 */
import { Router, type Request, type RequestHandler } from "express";
import multer from "multer";
import type { AppContext } from "../app-context.js";
import type { Action } from "../domain/auth/permissions.js";
import { anyone, decidedByService, decidedFrom, requireLogin, requirePermission } from "../web/guards.js";
import { findingEditAction, paragraphEditAction, revisionEditAction, statusAction } from "../services/permission-subjects.js";
import { showCorpus, corpusJson } from "./corpus.js";
import { documentJson, showDocument, showHistory } from "./documents.js";
import { alignDocument, changeStatus, revert, travel } from "./editor.js";
import { joinParagraph, paragraphJson, saveParagraph, showParagraphEditor, splitParagraph } from "./paragraphs.js";
import { importNow, saveImport, showImport, showImportPreview, submitImport } from "./import.js";
import { exchangeUpload, showExchangeImport, submitExchangeImport } from "./import-exchange.js";
import { archiveUpload, showArchiveImport, submitArchiveImport } from "./archive-import.js";
import { confirmDelete, showRecentlyDeleted, showRename, submitDelete, submitRename, submitRestore } from "./documents-manage.js";
import { showLogin, submitLogin, submitLogout } from "./auth.js";
export { loginRateLimit } from "./auth.js";
import { confirmUserRemoval, createUserFromForm, removeUserFromForm, showUsers, updateUserFromForm } from "./users.js";
import { exportAuditCsv, showAudit } from "./audit.js";
import { downloadExport, showExportPage } from "./exports.js";
import { actOnManyFindings, applyFindingFix, applyFixEverywhere, dismissFinding, downloadFindingsCsv, printFindings, showFindings } from "./findings.js";
import { decideBulkChange, showBulkChange, undoBulk } from "./bulk.js";
import { confirmGlossaryRemoval, editGlossary, exportGlossary, importGlossaryFile, removeGlossary, saveGlossary, showGlossary } from "./glossary.js";
import { ignoreAllLikeThis, removeIgnoreRulesFromForm, restoreDismissalsFromForm, showDismissals } from "./dismissals.js";
import {
  editAcceptedWordFromForm, exportAcceptedWords, importAcceptedWordsFile, removeAcceptedWordFromForm, saveAcceptedWord, showAcceptedWords,
} from "./accepted-words.js";
import { saveDensity } from "./preferences.js";
import { changeSentenceLinks, showSentencePanel } from "./sentences.js";
import { jobProgressJson, showJob, showJobs, submitJobCancel } from "./jobs.js";
import { decidePair, decidePairs, onlyArchiveIds, showArchive, showArchives, showFileErrors, showRepair, showUnpaired, submitRepair } from "./archives.js";
import { MAX_EDITION_BYTES } from "../import/read-edition.js";

/** Glossary uploads: one TSV, at most 5 MB. */
const glossaryUpload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 5 } });

export type RouteGuards = { csrf: RequestHandler; loginLimit: RequestHandler };

/** Either side's text: which one, the data decides. */
const EDIT_A_SIDE: readonly Action[] = ["edit-en", "edit-ar"];
/** Undo and redo move a change of the alignment or of a text. */
const ALIGN_OR_EDIT: readonly Action[] = ["align", "edit-en", "edit-ar"];

const idParam = (req: Request, name = "id"): number => Number(req.params[name]);

/** Uploads: two files at most, each no larger than an edition may be. */
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_EDITION_BYTES, files: 2, fields: 10 } });

export function buildRoutes(ctx: AppContext, guards: RouteGuards): Router {
  const r = Router();
  const { csrf } = guards;
  const { store } = ctx;
  const read = requirePermission("read");
  const editThisParagraph = requirePermission(EDIT_A_SIDE, decidedFrom("the side of paragraph :id", (req) => paragraphEditAction(store, idParam(req))));
  const editRevisedParagraph = requirePermission(EDIT_A_SIDE, decidedFrom("the side of the paragraph revision :revision changed", (req) => revisionEditAction(store, idParam(req), idParam(req, "revision"))));
  const travelChange = requirePermission(ALIGN_OR_EDIT, decidedByService(
    "the kind of change undone or redone (domain/history/history-kinds.ts: align, or the side of the paragraph whose text or " +
      "structure changed), read from the history entry the store moves, inside its transaction",
  ));
  const statusChange = requirePermission(["set-status", "edit-locked"], decidedFrom(
    "edit-locked to lock the document or to change a locked one, set-status otherwise",
    (req) => statusAction(store, idParam(req), ((req.body ?? {}) as Record<string, unknown>).status),
  ));
  const fixSide = requirePermission(EDIT_A_SIDE, decidedFrom("the side of the paragraph finding :id is about (the fix edits it)", (req) => findingEditAction(store, idParam(req))));
  const fixSides = requirePermission(EDIT_A_SIDE, decidedByService("the sides of the paragraphs the fix changes: each is checked as it is edited"));
  const decideBulk = requirePermission(["fix", "align"], decidedByService(
    "the kind of bulk change: fix and the side of each paragraph for a replacement, align for confirm all above and re-align; " +
      "only its owner (or an admin) may see or decide it",
  ));
  const actOnMany = requirePermission(["fix", "dismiss"], decidedByService(
    "the action asked for: fix and the side of each finding's paragraph to apply, dismiss to dismiss; each finding is checked as it is acted on",
  ));
  const undoBulkGroup = requirePermission(ALIGN_OR_EDIT, decidedByService("the kinds of change in the bulk change's group, as for undo"));

  r.get("/healthz", anyone, (_req, res) => {
    res.json({ ok: true });
  });
  r.get("/login", anyone, showLogin(ctx));
  r.post("/login", anyone, guards.loginLimit, csrf, submitLogin(ctx));
  r.post("/logout", requireLogin, csrf, submitLogout(ctx));

  r.get("/", read, showCorpus(ctx));
  r.get("/documents/:id", read, showDocument(ctx));
  r.get("/documents/:id/history", read, showHistory(ctx));
  r.post("/documents/:id/align", requirePermission("align"), csrf, alignDocument(ctx));
  r.post("/documents/:id/undo", travelChange, csrf, travel(ctx, "undo"));
  r.post("/documents/:id/redo", travelChange, csrf, travel(ctx, "redo"));
  r.post("/documents/:id/status", statusChange, csrf, changeStatus(ctx));
  r.post("/documents/:id/history/:revision/revert", editRevisedParagraph, csrf, revert(ctx));
  r.get("/documents/:id/rename", requirePermission("rename-document"), showRename(ctx));
  r.post("/documents/:id/rename", requirePermission("rename-document"), csrf, submitRename(ctx));
  r.get("/documents/:id/delete", requirePermission("delete-document"), confirmDelete(ctx));
  r.post("/documents/:id/delete", requirePermission("delete-document"), csrf, submitDelete(ctx));
  r.get("/deleted", requirePermission("delete-document"), showRecentlyDeleted(ctx));
  r.post("/deleted/:id/restore", requirePermission("delete-document"), csrf, submitRestore(ctx));
  r.get("/rows/:bead/sentences", read, showSentencePanel(ctx));
  r.post("/rows/:bead/sentences", requirePermission("align"), csrf, changeSentenceLinks(ctx));
  r.get("/paragraphs/:id/edit", editThisParagraph, showParagraphEditor(ctx));
  r.post("/paragraphs/:id", editThisParagraph, csrf, saveParagraph(ctx));
  r.post("/paragraphs/:id/split", editThisParagraph, csrf, splitParagraph(ctx));
  r.post("/paragraphs/:id/join", editThisParagraph, csrf, joinParagraph(ctx));
  r.get("/import", requirePermission("import"), showImport(ctx));
  r.post("/import", requirePermission("import"), upload.fields([{ name: "enFile", maxCount: 1 }, { name: "arFile", maxCount: 1 }]), csrf, submitImport(ctx));
  r.get("/import/preview/:id", requirePermission("import"), showImportPreview(ctx));
  r.post("/import/save", requirePermission("import"), csrf, saveImport(ctx));
  r.get("/import/exchange", requirePermission("import"), showExchangeImport(ctx));
  r.post("/import/exchange", requirePermission("import"), exchangeUpload(), csrf, submitExchangeImport(ctx));
  r.get("/archives/new", requirePermission("import"), showArchiveImport(ctx));
  r.post("/archives/new", requirePermission("import"), archiveUpload(), csrf, submitArchiveImport(ctx));

  r.get("/findings", read, showFindings(ctx));
  r.get("/findings/report.csv", requirePermission("export"), downloadFindingsCsv(ctx));
  r.get("/findings/print", read, printFindings(ctx));
  r.post("/findings/bulk", actOnMany, csrf, actOnManyFindings(ctx));
  r.post("/findings/apply-all", requirePermission("fix"), fixSides, csrf, applyFixEverywhere(ctx));
  r.post("/findings/:id/apply", requirePermission("fix"), fixSide, csrf, applyFindingFix(ctx));
  r.post("/findings/:id/dismiss", requirePermission("dismiss"), csrf, dismissFinding(ctx));
  r.post("/findings/:id/ignore-all", requirePermission("dismiss"), csrf, ignoreAllLikeThis(ctx));
  r.get("/dismissals", read, showDismissals(ctx));
  r.post("/dismissals/restore", requirePermission("dismiss"), csrf, restoreDismissalsFromForm(ctx));
  r.post("/ignore-rules/remove", requirePermission("dismiss"), csrf, removeIgnoreRulesFromForm(ctx));
  r.get("/accepted-words", read, showAcceptedWords(ctx));
  r.get("/accepted-words/export", read, exportAcceptedWords(ctx));
  r.post("/accepted-words", requirePermission("edit-glossary"), csrf, saveAcceptedWord(ctx));
  r.post("/accepted-words/edit", requirePermission("edit-glossary"), csrf, editAcceptedWordFromForm(ctx));
  r.post("/accepted-words/remove", requirePermission("edit-glossary"), csrf, removeAcceptedWordFromForm(ctx));
  r.post("/accepted-words/import", requirePermission("edit-glossary"), glossaryUpload.single("tsvFile"), csrf, importAcceptedWordsFile(ctx));
  r.get("/bulk/:id", read, showBulkChange(ctx));
  r.post("/bulk/:id", decideBulk, csrf, decideBulkChange(ctx));
  r.post("/bulk/:id/undo", undoBulkGroup, csrf, undoBulk(ctx));
  r.get("/glossary", read, showGlossary(ctx));
  r.get("/glossary/export", read, exportGlossary(ctx));
  r.post("/glossary", requirePermission("edit-glossary"), csrf, saveGlossary(ctx));
  r.post("/glossary/edit", requirePermission("edit-glossary"), csrf, editGlossary(ctx));
  r.get("/glossary/remove", requirePermission("edit-glossary"), confirmGlossaryRemoval(ctx));
  r.post("/glossary/remove", requirePermission("edit-glossary"), csrf, removeGlossary(ctx));
  r.post("/glossary/import", requirePermission("edit-glossary"), glossaryUpload.single("tsvFile"), csrf, importGlossaryFile(ctx));
  r.get("/users", requirePermission("manage-users"), showUsers(ctx));
  r.post("/users", requirePermission("manage-users"), csrf, createUserFromForm(ctx));
  r.post("/users/:name", requirePermission("manage-users"), csrf, updateUserFromForm(ctx));
  r.get("/users/:name/remove", requirePermission("manage-users"), confirmUserRemoval(ctx));
  r.post("/users/:name/remove", requirePermission("manage-users"), csrf, removeUserFromForm(ctx));
  r.get("/jobs", requirePermission("see-jobs"), showJobs(ctx));
  r.get("/jobs/:id", requirePermission("see-jobs"), showJob(ctx));
  r.get("/jobs/:id/progress.json", requirePermission("see-jobs"), jobProgressJson(ctx));
  r.post("/jobs/:id/cancel", requirePermission(["see-jobs", "cancel-any-job"], decidedByService(
    "who started the job: its starter needs see-jobs, anyone else cancel-any-job",
  )), csrf, submitJobCancel(ctx));
  r.get("/audit", requirePermission("audit"), showAudit(ctx));
  r.get("/audit.csv", requirePermission("audit"), exportAuditCsv(ctx));
  r.get("/exports", requirePermission("export"), showExportPage(ctx));
  r.post("/preferences/density", read, csrf, saveDensity(ctx));
  r.get("/exports/download", requirePermission("export"), downloadExport(ctx));

  // The pairing review of archives (issue 14): anyone may read it; who may import documents may decide.
  // An :id that is not digits passes on to later routes (onlyArchiveIds), e.g. a page of another area under /archives.
  r.get("/archives", read, showArchives(ctx));
  r.get("/archives/:id", onlyArchiveIds, read, showArchive(ctx));
  r.get("/archives/:id/unpaired", onlyArchiveIds, read, showUnpaired(ctx));
  r.get("/archives/:id/errors", onlyArchiveIds, read, showFileErrors(ctx));
  r.get("/archives/:id/repair", onlyArchiveIds, requirePermission("import"), showRepair(ctx));
  r.post("/archives/:id/pairs", onlyArchiveIds, requirePermission("import"), csrf, decidePairs(ctx));
  r.post("/archives/:id/pairs/:pair", onlyArchiveIds, requirePermission("import"), csrf, decidePair(ctx));
  r.post("/archives/:id/repair", onlyArchiveIds, requirePermission("import"), csrf, submitRepair(ctx));

  // JSON API: the same operations for the page script and other clients (see README).
  r.get("/api/documents", read, corpusJson(ctx));
  r.get("/api/documents/:id", read, documentJson(ctx));
  r.post("/api/documents/:id/align", requirePermission("align"), csrf, alignDocument(ctx));
  r.post("/api/documents/:id/undo", travelChange, csrf, travel(ctx, "undo"));
  r.post("/api/documents/:id/redo", travelChange, csrf, travel(ctx, "redo"));
  r.post("/api/documents/:id/status", statusChange, csrf, changeStatus(ctx));
  r.get("/api/rows/:bead/sentences", read, showSentencePanel(ctx));
  r.post("/api/rows/:bead/sentences", requirePermission("align"), csrf, changeSentenceLinks(ctx));
  r.get("/api/paragraphs/:id", read, paragraphJson(ctx));
  r.put("/api/paragraphs/:id", editThisParagraph, csrf, saveParagraph(ctx));
  r.post("/api/paragraphs/:id/split", editThisParagraph, csrf, splitParagraph(ctx));
  r.post("/api/paragraphs/:id/join", editThisParagraph, csrf, joinParagraph(ctx));
  r.post("/api/findings/:id/apply", requirePermission("fix"), fixSide, csrf, applyFindingFix(ctx));
  r.post("/api/findings/:id/dismiss", requirePermission("dismiss"), csrf, dismissFinding(ctx));
  r.post("/api/findings/:id/ignore-all", requirePermission("dismiss"), csrf, ignoreAllLikeThis(ctx));
  r.post("/api/findings/apply-all", requirePermission("fix"), fixSides, csrf, applyFixEverywhere(ctx));
  r.post("/api/bulk/:id", decideBulk, csrf, decideBulkChange(ctx));
  r.post("/api/bulk/:id/undo", undoBulkGroup, csrf, undoBulk(ctx));
  r.post("/api/preferences/density", read, csrf, saveDensity(ctx));
  r.post("/api/import", requirePermission("import"), upload.fields([{ name: "enFile", maxCount: 1 }, { name: "arFile", maxCount: 1 }]), csrf, importNow(ctx));
  return r;
}
