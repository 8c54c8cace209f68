/**
 * The jobs pages: /jobs (every job, newest first, a page at a time), /jobs/:id (one job: kind, state,
 * stage, progress, rate, time left, who started it, its result or error; a Cancel form, CSRF-protected),
 * /jobs/:id/progress.json (the same progress as data, which the page script polls every second while
 * the job runs), and POST /jobs/:id/cancel. Controllers for web/http.ts; the rules are in services/jobs-view.ts.
 */
import type { Request } from "express";
import type { AppContext } from "../app-context.js";
import { cancelJob, jobListView, jobProgressView, jobView } from "../services/jobs-view.js";
import { NotFoundError } from "../store/conflict-error.js";
import { http } from "../web/http.js";

const jobIdOf = (req: Request): number => {
  const id = String(req.params.id ?? "");
  if (!/^\d{1,12}$/u.test(id)) throw new NotFoundError(`job:${id.slice(0, 20)}`);
  return Number(id);
};

export function showJobs(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ before: typeof req.query.before === "string" && /^\d{1,12}$/u.test(req.query.before) ? Number(req.query.before) : undefined }),
    run: ({ store }, page, actor, t) => jobListView(store, page, actor, t),
    answer: {
      json: (view) => view,
      page: (view, _input, t) => ({ view: "jobs/list", context: { ...view, title: t("jobs.title") } }),
    },
  });
}

export function showJob(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: jobIdOf(req), cancelAsked: req.query.cancel === "asked" }),
    run: ({ store }, { id }, actor, t) => jobView(store, id, actor, t),
    answer: {
      page: (view, { cancelAsked }, t) => ({ view: "jobs/show", context: { ...view, cancelAsked, title: t("jobs.jobTitle", { id: view.id }) } }),
    },
  });
}

export function jobProgressJson(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: jobIdOf(req) }),
    run: ({ store }, { id }, actor, t) => jobProgressView(store, id, actor, t),
    answer: { json: (view) => view },
  });
}

export function submitJobCancel(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: jobIdOf(req) }),
    run: ({ store }, { id }, actor) => ({ asked: cancelJob(store, id, actor) }),
    answer: {
      json: (result) => ({ ok: true, asked: result.asked }),
      redirect: (_result, { id }) => `/jobs/${id}?cancel=asked`,
    },
  });
}
