/**
 * The export page's use cases: the document list (by id, the chosen ones marked), the preview
 * (choices the exporters refuse come back as the error, never as a count; the count says how
 * many one-sided pairs were left out by the choices), and the audit entry of a download.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import { exportPageDocuments, previewExport, recordExport } from "../../server/services/export-page.js";
import { ExportError } from "../../server/domain/export/export-error.js";
import type { TaskPool } from "../../server/jobs/task-pool.js";
import type { ExportReport } from "../../server/services/export-corpus.js";
import { tempDbPath } from "../helpers/temp.js";

const REPORT = { format: "tmx", documents: 1, pairs: 10, units: 8, oneSidedSkipped: 2, oneSidedExported: 0, oneSidedNotAllowed: 1, findingsSkipped: 0 } as unknown as ExportReport;

describe("export page (sample corpus, real database file)", () => {
  it("lists the documents, previews a count, refuses bad choices as data, and audits a download", async () => {
    const store = openSqliteStore(tempDbPath());
    const [id] = await loadSampleCorpus(store);
    const documents = exportPageDocuments(store, new Set([String(id)]));
    expect(documents.map((d) => d.id)).to.deep.equal([...documents.map((d) => d.id)].sort((a, b) => a - b));
    expect(documents.find((d) => d.id === id)?.selected).to.equal(true);

    let runs = 0;
    const pool = { run: async () => (runs++, REPORT) } as unknown as TaskPool;
    const preview = await previewExport(store, pool, { format: "tmx" });
    expect(preview.error).to.equal(null);
    expect(preview.report?.oneSidedPlain).to.equal(1);
    const refused = await previewExport(store, pool, { format: "no-such-format" });
    expect(refused.report).to.equal(null);
    expect(refused.error).to.be.instanceOf(ExportError);
    expect(runs, "refused choices never reach a worker").to.equal(1);

    recordExport(store, "ed", "moses:ar", { format: "moses" }, REPORT);
    const entry = store.listAudit({ limit: 1 })[0];
    expect(entry).to.deep.include({ user: "ed", action: "export", target: "moses:ar" });
    store.close();
  });
});
