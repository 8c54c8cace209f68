/**
 * Every URL of the web app, in one place, with who may use it. Handlers live in one file per area
 * and stay thin; state-changing requests are all POST (or PUT) and all pass the CSRF check.
 */
import { Router, type RequestHandler } from "express";
import multer from "multer";
import type { AppContext } from "../app-context.js";
import { requireLogin, requirePermission } from "../web/guards.js";
import { showCorpus, corpusJson } from "./corpus.js";
import { documentJson, showDocument, showHistory } from "./documents.js";
import { alignDocument, changeStatus, revert, travel } from "./editor.js";
import { joinParagraph, paragraphJson, saveParagraph, showParagraphEditor, splitParagraph } from "./paragraphs.js";
import { showImport, submitImport } from "./import.js";
import { showLogin, submitLogin, submitLogout } from "./auth.js";
export { loginRateLimit } from "./auth.js";
import { createUserFromForm, removeUserFromForm, showUsers, updateUserFromForm } from "./users.js";
import { showAudit } from "./audit.js";
import { downloadExport, showExportPage } from "./exports.js";
import { applyFindingFix, applyFixEverywhere, dismissFinding, showFindings } from "./findings.js";
import { exportGlossary, importGlossary, removeGlossary, saveGlossaryEntry, showGlossary } from "./glossary.js";
import { MAX_EDITION_BYTES } from "../import/read-edition.js";

/** Glossary uploads: one TSV, at most 5 MB. */
const glossaryUpload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 5 } });

export type RouteGuards = { csrf: RequestHandler; loginLimit: RequestHandler };

/** Uploads: two files at most, each no larger than an edition may be. */
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_EDITION_BYTES, files: 2, fields: 10 } });

export function buildRoutes(ctx: AppContext, guards: RouteGuards): Router {
  const r = Router();
  const { csrf } = guards;
  const read = requirePermission("read");

  r.get("/healthz", (_req, res) => {
    res.json({ ok: true });
  });
  r.get("/login", showLogin(ctx));
  r.post("/login", guards.loginLimit, csrf, submitLogin(ctx));
  r.post("/logout", requireLogin, csrf, submitLogout(ctx));

  r.get("/", read, showCorpus(ctx));
  r.get("/documents/:id", read, showDocument(ctx));
  r.get("/documents/:id/history", read, showHistory(ctx));
  r.post("/documents/:id/align", requirePermission("align"), csrf, alignDocument(ctx));
  r.post("/documents/:id/undo", requireLogin, csrf, travel(ctx, "undo"));
  r.post("/documents/:id/redo", requireLogin, csrf, travel(ctx, "redo"));
  r.post("/documents/:id/status", requirePermission("set-status"), csrf, changeStatus(ctx));
  r.post("/documents/:id/history/:revision/revert", requireLogin, csrf, revert(ctx));
  r.get("/paragraphs/:id/edit", requireLogin, showParagraphEditor(ctx));
  r.post("/paragraphs/:id", requireLogin, csrf, saveParagraph(ctx));
  r.post("/paragraphs/:id/split", requireLogin, csrf, splitParagraph(ctx));
  r.post("/paragraphs/:id/join", requireLogin, csrf, joinParagraph(ctx));
  r.get("/import", requirePermission("import"), showImport(ctx));
  r.post("/import", requirePermission("import"), upload.fields([{ name: "enFile", maxCount: 1 }, { name: "arFile", maxCount: 1 }]), csrf, submitImport(ctx));

  r.get("/findings", read, showFindings(ctx));
  r.post("/findings/apply-all", requirePermission("fix"), csrf, applyFixEverywhere(ctx));
  r.post("/findings/:id/apply", requirePermission("fix"), csrf, applyFindingFix(ctx));
  r.post("/findings/:id/dismiss", requirePermission("dismiss"), csrf, dismissFinding(ctx));
  r.get("/glossary", read, showGlossary(ctx));
  r.get("/glossary/export", read, exportGlossary(ctx));
  r.post("/glossary", requirePermission("edit-glossary"), csrf, saveGlossaryEntry(ctx));
  r.post("/glossary/remove", requirePermission("edit-glossary"), csrf, removeGlossary(ctx));
  r.post("/glossary/import", requirePermission("edit-glossary"), glossaryUpload.single("tsvFile"), csrf, importGlossary(ctx));
  r.get("/users", requirePermission("manage-users"), showUsers(ctx));
  r.post("/users", requirePermission("manage-users"), csrf, createUserFromForm(ctx));
  r.post("/users/:name", requirePermission("manage-users"), csrf, updateUserFromForm(ctx));
  r.post("/users/:name/remove", requirePermission("manage-users"), csrf, removeUserFromForm(ctx));
  r.get("/audit", requirePermission("audit"), showAudit(ctx));
  r.get("/exports", requirePermission("export"), showExportPage(ctx));
  r.get("/exports/download", requirePermission("export"), downloadExport(ctx));

  // JSON API: the same operations for the page script and other clients (see README).
  r.get("/api/documents", read, corpusJson(ctx));
  r.get("/api/documents/:id", read, documentJson(ctx));
  r.post("/api/documents/:id/align", requirePermission("align"), csrf, alignDocument(ctx));
  r.post("/api/documents/:id/undo", requireLogin, csrf, travel(ctx, "undo"));
  r.post("/api/documents/:id/redo", requireLogin, csrf, travel(ctx, "redo"));
  r.post("/api/documents/:id/status", requirePermission("set-status"), csrf, changeStatus(ctx));
  r.get("/api/paragraphs/:id", read, paragraphJson(ctx));
  r.put("/api/paragraphs/:id", requireLogin, csrf, saveParagraph(ctx));
  r.post("/api/paragraphs/:id/split", requireLogin, csrf, splitParagraph(ctx));
  r.post("/api/paragraphs/:id/join", requireLogin, csrf, joinParagraph(ctx));
  r.post("/api/findings/:id/apply", requirePermission("fix"), csrf, applyFindingFix(ctx));
  r.post("/api/findings/:id/dismiss", requirePermission("dismiss"), csrf, dismissFinding(ctx));
  r.post("/api/import", requirePermission("import"), upload.fields([{ name: "enFile", maxCount: 1 }, { name: "arFile", maxCount: 1 }]), csrf, submitImport(ctx));
  return r;
}
