/**
 * The export page and the download: the same choices as `mizan export`, parsed by the same code
 * (domain/export/choices.ts). "Count" runs the export into nothing and shows what would be written
 * and what left out (one-sided pairs, pairs with open findings), so nothing is dropped silently on
 * the web either; "Download" streams the file with a name that says what it holds. Moses is two
 * files: the page offers the English and the Arabic file (?side=en|ar) with the same choices.
 * Both run in a worker thread (jobs/), the download streamed back with backpressure, so a large
 * export never stalls the server. Wired in routes/index.ts as GET /exports and GET /exports/download.
 */
import { MessageChannel } from "node:worker_threads";
import type { NextFunction, Request, Response } from "express";
import type { AppContext } from "../app-context.js";
import { exportStem, parseChoices, type RawChoices } from "../domain/export/choices.js";
import { ExportError } from "../domain/export/export-error.js";
import { EXPORTERS } from "../domain/export/registry.js";
import { TOOL } from "../services/tool-info.js";
import type { ExportReport } from "../services/export-corpus.js";
import { drainPortInto } from "../jobs/port-stream.js";

const CORPUS_NAME = "mizan";

function rawChoices(query: Request["query"]): RawChoices {
  const one = (key: string): string | undefined => {
    const value = query[key];
    if (Array.isArray(value)) return value.map(String).join(",");
    return typeof value === "string" ? value : undefined;
  };
  return {
    format: one("format") ?? "tmx", status: one("status"), minScore: one("minScore"), documents: one("documents"), since: one("since"),
    until: one("until"), findings: one("findings"), granularity: one("granularity"), oneSided: one("oneSided"), bom: one("bom"),
  };
}

/** What every export task names: the database, the choices, the file's header. */
function exportTask(ctx: AppContext, choices: RawChoices, now: Date) {
  return { location: ctx.store.location, choices, corpusName: CORPUS_NAME, createdAt: now.toISOString(), tool: TOOL };
}

export function showExportPage(ctx: AppContext) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const raw = rawChoices(req.query);
      const selected = new Set((raw.documents ?? "").split(",").filter(Boolean));
      let report: (ExportReport & { oneSidedPlain: number }) | null = null;
      let error: string | null = null;
      if (req.query.preview !== undefined) {
        try {
          parseChoices(raw);
          const counted = await ctx.background.tasks.run({ kind: "export", ...exportTask(ctx, raw, new Date()), side: "en", port: null });
          report = { ...counted, oneSidedPlain: counted.oneSidedSkipped - counted.oneSidedNotAllowed };
        } catch (e) {
          if (!(e instanceof ExportError)) throw e;
          error = (res.locals.t as (k: string, p: object) => string)(`exports.errors.${e.code}`, e.params);
        }
      }
      const documents = ctx.store.listDocuments().sort((a, b) => a.id - b.id).map((d) => ({ id: d.id, title: d.title, confirmed: d.confirmed, beads: d.beads, selected: selected.has(String(d.id)) }));
      const query = new URLSearchParams(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== "")).toString();
      res.send(ctx.render("exports/export", {
        ...res.locals, title: "", raw, documents, report, error, query,
        formats: EXPORTERS.map((e) => ({ id: e.id, selected: e.id === raw.format })),
        moses: raw.format === "moses",
      }));
    } catch (e) {
      next(e);
    }
  };
}

export function downloadExport(ctx: AppContext) {
  return async (req: Request, res: Response, next: NextFunction) => {
    let choices;
    try {
      choices = parseChoices(rawChoices(req.query));
    } catch (e) {
      if (!(e instanceof ExportError)) return next(e);
      res.status(400).type("text/plain").send((res.locals.t as (k: string, p: object) => string)(`exports.errors.${e.code}`, e.params));
      return undefined;
    }
    const now = new Date();
    const { exporter } = choices;
    const side = req.query.side === "ar" ? "ar" : "en";
    const extension = exporter.kind === "single" ? exporter.extension : exporter.extension[side];
    res.status(200);
    res.setHeader("Content-Type", exporter.contentType);
    res.setHeader("Content-Disposition", `attachment; filename="${exportStem(CORPUS_NAME, now)}.${extension}"`);
    res.setHeader("X-Content-Type-Options", "nosniff");
    try {
      // A worker thread reads the corpus and writes the file; this thread only passes its bytes on.
      const { port1, port2 } = new MessageChannel();
      const received = drainPortInto(port1, res);
      received.catch(() => {});
      const report = await ctx.background.tasks.run({ kind: "export", ...exportTask(ctx, rawChoices(req.query), now), side, port: port2 }, { transfer: [port2] });
      await received;
      res.end();
      const user = (res.locals.user as { name?: string } | null)?.name ?? "(unknown)";
      ctx.store.audit({ documentId: null, user, action: "export", target: `${exporter.id}${exporter.kind === "single" ? "" : `:${side}`}`, details: { query: req.query, report } });
    } catch (e) {
      if (!res.headersSent) return next(e);
      res.destroy(e instanceof Error ? e : new Error(String(e)));
    }
    return undefined;
  };
}
