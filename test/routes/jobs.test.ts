/**
 * The jobs pages on a real server: the list (newest first, each job's kind, state and progress in
 * words), one job's page (stage, done of total, rate, time left, who started it, the error in the
 * reader's language, markup in it shown as text), the progress as JSON (in Arabic digits for the
 * Arabic interface), and Cancel: a CSRF-protected POST, for who started the job or an admin,
 * refused (403) to another user and to a viewer, who may not see the jobs at all.
 * The jobs here are held by a runner of "another process" (claimed with a fresh heartbeat), so the
 * server's own runner leaves them as they are.
 */
import { expect } from "chai";
import { startServer, type TestServer } from "../helpers/server.js";
import type { Client } from "../helpers/client.js";

describe("jobs pages (real server)", function () {
  this.timeout(120000);
  let server: TestServer;
  let editor: Client;
  before(async () => {
    server = await startServer({ sample: false });
    editor = await server.as("copy-editor");
  });
  after(async () => {
    await server.stop();
  });

  /** A job started by `user`, running in another process, 3 of 10 done in its "read" stage. */
  function runningJob(user: string): number {
    const { store } = server;
    return store.atomically(() => {
      const id = store.createJob({ kind: "archive", params: {}, createdBy: user });
      store.claimJob(id, "another-process", new Date().toISOString());
      store.setJobProgress(id, "read", 3, 10);
      return id;
    });
  }

  function failedJob(user: string): number {
    const { store } = server;
    return store.atomically(() => {
      const id = store.createJob({ kind: "<b>odd</b>", params: {}, createdBy: user });
      store.finishJob(id, "failed", { code: "unknown-kind", params: { kind: "<b>odd</b>" } });
      return id;
    });
  }

  it("lists the jobs newest first, each with its kind, state and progress in words", async () => {
    const older = runningJob("copy-editor");
    const newer = failedJob("translator");
    const page = await editor.get("/jobs");
    expect(page.status).to.equal(200);
    const rows = [...page.body_.matchAll(/<tr class="job-row" data-id="(\d+)" data-state="(\w+)">/gu)].map((m) => [Number(m[1]), m[2]]);
    expect(rows.slice(0, 2)).to.deep.equal([[newer, "failed"], [older, "running"]]);
    expect(page.body_).to.include("Archive import").and.include("Reading the files · 3 of 10");
    expect(page.body_).to.include("Job of kind “&lt;b&gt;odd&lt;/b&gt;”").and.not.include("<b>odd</b>");
    expect(page.body_).to.include('href="/jobs"');
  });

  it("shows one job: stage, done of total, who started it, a live section and the Cancel form for its starter", async () => {
    const id = runningJob("copy-editor");
    const page = await editor.get(`/jobs/${id}`);
    expect(page.status).to.equal(200);
    expect(page.body_).to.include(`Job ${id} · Archive import`).and.include("Running").and.include("Reading the files").and.include("3 of 10");
    expect(page.body_).to.include(`id="job-progress" class="job-progress" data-job="${id}" data-live="yes"`);
    expect(page.body_).to.match(/<noscript><meta http-equiv="refresh" content="5">/u);
    expect(page.body_).to.include(`action="/jobs/${id}/cancel"`);
    const other = await server.as("translator");
    expect((await other.get(`/jobs/${id}`)).body_, "another user sees the job but no Cancel").to.not.include(`action="/jobs/${id}/cancel"`);
  });

  it("says a failed job's error in the reader's language, its parameters as text", async () => {
    const id = failedJob("copy-editor");
    const en = await editor.get(`/jobs/${id}`);
    expect(en.body_).to.include("This server does not know jobs of kind “&lt;b&gt;odd&lt;/b&gt;”.").and.not.include("<b>odd</b>");
    expect(en.body_).to.include('data-live="no"').and.not.include("http-equiv=\"refresh\"").and.not.include(`/jobs/${id}/cancel`);
    const arabic = await server.as("copy-editor");
    const ar = await arabic.get(`/jobs/${id}?lang=ar`);
    expect(ar.body_).to.include("لا يعرف هذا الخادم مهام من نوع «&lt;b&gt;odd&lt;/b&gt;».").and.include("تعثّرت");
  });

  it("answers the progress as JSON, in words ready to show, with Arabic digits in the Arabic interface", async () => {
    const id = runningJob("copy-editor");
    const res = await editor.get(`/jobs/${id}/progress.json`, { accept: "application/json" });
    expect(res.status).to.equal(200);
    const view = JSON.parse(res.body_) as Record<string, unknown>;
    expect(view).to.deep.include({ id, state: "running", live: true, stateLabel: "Running", stageLabel: "Reading the files", progressText: "3 of 10", percent: 30, cancelRequested: false });
    expect(view.leftText, "nothing done since the stage began: the time left is not known").to.equal("Not known yet");
    const arabic = await server.as("copy-editor");
    await arabic.get("/jobs?lang=ar");
    const ar = JSON.parse((await arabic.get(`/jobs/${id}/progress.json`, { accept: "application/json" })).body_) as Record<string, unknown>;
    expect(ar).to.deep.include({ stateLabel: "قيد التنفيذ", progressText: "٣ من ١٠" });
    expect((await editor.get("/jobs/999999/progress.json", { accept: "application/json" })).status).to.equal(404);
  });

  it("cancels a job for who started it, through a CSRF-protected POST, and audits the request", async () => {
    const id = runningJob("copy-editor");
    await editor.get(`/jobs/${id}`);
    const forged = await editor.postForm(`/jobs/${id}/cancel`, {}, { csrf: false });
    expect(forged.status).to.equal(403);
    expect(server.store.getJob(id)?.cancelRequested, "nothing asked without the token").to.equal(false);
    const res = await editor.postForm(`/jobs/${id}/cancel`, {});
    expect(res.status).to.equal(303);
    expect(res.headers.get("location")).to.equal(`/jobs/${id}?cancel=asked`);
    expect(server.store.getJob(id)).to.deep.include({ state: "running", cancelRequested: true });
    const page = await editor.get(`/jobs/${id}?cancel=asked`);
    expect(page.body_).to.include("You asked for this job to stop.").and.include("Stopping: the job ends after the step under way").and.not.include(`action="/jobs/${id}/cancel"`);
    const audit = server.store.listAudit({ action: "job-cancel" });
    expect(audit.map((e) => [e.user, e.target])).to.deep.include(["copy-editor", `job:${id}`]);
    const admin = await server.as("admin");
    expect((await admin.get("/audit")).body_, "the audit log names the action in words").to.include("Job cancel asked");
  });

  it("refuses the cancel to another user and the jobs to a viewer (403), and lets an admin cancel anyone's job", async () => {
    const id = runningJob("copy-editor");
    const other = await server.as("translator");
    await other.get(`/jobs/${id}`);
    expect((await other.postForm(`/jobs/${id}/cancel`, {})).status).to.equal(403);
    expect(server.store.getJob(id)?.cancelRequested).to.equal(false);
    const viewer = await server.as("viewer");
    expect((await viewer.get("/jobs")).status).to.equal(403);
    expect((await viewer.get(`/jobs/${id}`)).status).to.equal(403);
    expect((await viewer.get(`/jobs/${id}/progress.json`, { accept: "application/json" })).status).to.equal(403);
    expect(await viewer.get("/").then((r) => r.body_)).to.not.include('href="/jobs"');
    const admin = await server.as("admin");
    await admin.get(`/jobs/${id}`);
    expect((await admin.postForm(`/jobs/${id}/cancel`, {})).status).to.equal(303);
    expect(server.store.getJob(id)?.cancelRequested).to.equal(true);
  });

  it("pages the list: fifty jobs a page, then the older ones", async () => {
    const { store } = server;
    store.atomically(() => {
      for (let k = 0; k < 60; k += 1) {
        const id = store.createJob({ kind: "archive", params: {}, createdBy: "copy-editor" });
        store.finishJob(id, "cancelled");
      }
    });
    const first = await editor.get("/jobs");
    expect(first.body_.match(/class="job-row"/gu)).to.have.length(50);
    // Handlebars writes "=" in an attribute as &#x3D;.
    const older = /href="\/jobs\?before(?:=|&#x3D;)(\d+)" rel="next"/u.exec(first.body_)?.[1];
    expect(older).to.be.a("string");
    const second = await editor.get(`/jobs?before=${older}`);
    expect(second.body_.match(/class="job-row"/gu)?.length).to.be.greaterThan(0);
    expect(second.body_).to.include('href="/jobs" rel="first"');
  });
});
