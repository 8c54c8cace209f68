/**
 * A job's progress on stderr: on a terminal one line redrawn in place with a bar, stage, done of
 * total, rate and time left; in a pipe plain lines, one per stage and at most one every few
 * seconds; the end with the state (and the error of a failed job), in the command line's language.
 * Jobs come from a real database file, at the progress a runner would have written.
 */
import { expect } from "chai";
import { createJobProgress } from "../../server/cli/job-progress.js";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { translatorFor } from "../../server/i18n/translate.js";
import type { JobRecord, Store } from "../../server/store/types.js";
import { tempDbPath } from "../helpers/temp.js";

function sink(isTTY: boolean): { isTTY: boolean; text: string; write(chunk: string): boolean } {
  return { isTTY, text: "", write(chunk: string) { this.text += chunk; return true; } };
}

/** The job after `done` of `total` in `stage`, as a runner would have written it. */
function jobAt(store: Store, id: number, stage: string, done: number, total: number): JobRecord {
  store.setJobProgress(id, stage, done, total);
  return store.getJob(id)!;
}

describe("job progress on the command line", () => {
  it("writes plain lines in a pipe: one per stage, at most one every few seconds, then the end", () => {
    const store = openSqliteStore(tempDbPath());
    const id = store.createJob({ kind: "archive", params: {}, createdBy: "ed" });
    store.claimJob(id, "cli", new Date().toISOString());
    let now = Date.now();
    const out = sink(false);
    const bar = createJobProgress(translatorFor("en"), out, () => new Date(now));
    jobAt(store, id, "read", 0, 100);
    const started = Date.parse(store.getJob(id)!.stageStartedAt!);
    now = started + 10_000;
    bar.update(jobAt(store, id, "read", 20, 100));
    now = started + 11_000;
    bar.update(jobAt(store, id, "read", 22, 100));
    now = started + 20_000;
    bar.update(jobAt(store, id, "read", 40, 100));
    bar.update(jobAt(store, id, "pair", 1, 5));
    store.finishJob(id, "done", {});
    bar.finish(store.getJob(id)!);
    const lines = out.text.trimEnd().split("\n");
    expect(lines).to.have.length(4);
    expect(lines[0]).to.equal(`job ${id}: Reading the files 20 of 100 2 a second About 40 seconds`);
    expect(lines[1]).to.equal(`job ${id}: Reading the files 40 of 100 2 a second About 30 seconds`);
    expect(lines[2]).to.match(new RegExp(`^job ${id}: Pairing the articles 1 of 5`, "u"));
    expect(lines[3]).to.equal(`job ${id} (Archive import): Done`);
    expect(out.text).to.not.include("\r");
    store.close();
  });

  it("redraws one line with a bar on a terminal, in Arabic words and digits, and says why a job failed", () => {
    const store = openSqliteStore(tempDbPath());
    const id = store.createJob({ kind: "archive", params: {}, createdBy: "ed" });
    store.claimJob(id, "cli", new Date().toISOString());
    const out = sink(true);
    const bar = createJobProgress(translatorFor("ar"), out);
    bar.update(jobAt(store, id, "read", 0, 4));
    bar.update(jobAt(store, id, "read", 2, 4));
    expect(out.text.split("\r").filter(Boolean)).to.have.length(2);
    expect(out.text).to.include("\r[████████████░░░░░░░░░░░░] المهمة").and.include("قراءة الملفات ٢ من ٤");
    store.finishJob(id, "failed", { code: "unknown-kind", params: { kind: "archive" } });
    bar.finish(store.getJob(id)!);
    expect(out.text).to.include(`\n${`المهمة ${id}`.replace(/\d/gu, (d) => "٠١٢٣٤٥٦٧٨٩"[Number(d)]!)} (استيراد أرشيف): تعثّرت\n`);
    expect(out.text.trimEnd().split("\n").at(-1)).to.equal("لا يعرف هذا الخادم مهام من نوع «archive».");
    store.close();
  });
});
