/**
 * The export page and the download: the same choices as `mizan export`, parsed by the same code
 * (domain/export/choices.ts). "Count" runs the export into nothing and shows what would be written
 * and what left out (one-sided pairs, boilerplate, pairs with open findings), so nothing is dropped silently on
 * the web either; "Download" streams the file with a name that says what it holds. Moses is two
 * files: the page offers the English and the Arabic file (?side=en|ar) with the same choices.
 * Both run in a worker thread (jobs/), the download streamed back with backpressure, so a large
 * export never stalls the server (services/worker-tasks.ts). Wired in routes/index.ts as GET /exports
 * and GET /exports/download. The page is a controller of web/http.ts; the download is not: it
 * streams the file as the worker writes it, which none of the adapter's answers does.
 */
import { MessageChannel } from "node:worker_threads";
import type { NextFunction, Request, Response } from "express";
import type { AppContext } from "../app-context.js";
import { exportStem, parseChoices, type RawChoices } from "../domain/export/choices.js";
import { ExportError } from "../domain/export/export-error.js";
import { EXPORTERS } from "../domain/export/registry.js";
import { CORPUS_NAME, exportInWorker } from "../services/worker-tasks.js";
import { exportPageDocuments, previewExport, recordExport } from "../services/export-page.js";
import { drainPortInto } from "../jobs/port-stream.js";
import { http } from "../web/http.js";

function rawChoices(query: Request["query"]): RawChoices {
  const one = (key: string): string | undefined => {
    const value = query[key];
    if (Array.isArray(value)) return value.map(String).join(",");
    return typeof value === "string" ? value : undefined;
  };
  return {
    format: one("format") ?? "tmx", status: one("status"), rejected: one("rejected"), minScore: one("minScore"), documents: one("documents"), since: one("since"),
    until: one("until"), findings: one("findings"), granularity: one("granularity"), oneSided: one("oneSided"), boilerplate: one("boilerplate"), bom: one("bom"),
  };
}

export function showExportPage(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ raw: rawChoices(req.query), preview: req.query.preview !== undefined }),
    run: async ({ store, background }, { raw, preview }) => ({
      ...(preview ? await previewExport(store, background.tasks, raw) : { report: null, error: null }),
      documents: exportPageDocuments(store, new Set((raw.documents ?? "").split(",").filter(Boolean))),
    }),
    answer: {
      page: ({ report, error, documents }, { raw }, t) => ({
        view: "exports/export",
        context: {
          title: "", raw, documents, report,
          error: error ? t(`exports.errors.${error.code}`, error.params) : null,
          query: new URLSearchParams(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== "")).toString(),
          formats: EXPORTERS.map((e) => ({ id: e.id, selected: e.id === raw.format })),
          moses: raw.format === "moses",
        },
      }),
    },
  });
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
      const report = await exportInWorker(ctx.store, ctx.background.tasks, rawChoices(req.query), side, now, port2);
      await received;
      res.end();
      const user = (res.locals.user as { name?: string } | null)?.name ?? "(unknown)";
      recordExport(ctx.store, user, `${exporter.id}${exporter.kind === "single" ? "" : `:${side}`}`, req.query, report);
    } catch (e) {
      if (!res.headersSent) return next(e);
      res.destroy(e instanceof Error ? e : new Error(String(e)));
    }
    return undefined;
  };
}
