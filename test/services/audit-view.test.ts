/**
 * The audit log's read (real database file): newest first, AUDIT_PAGE a page by key, filtered by
 * action (an action and its "action:…" forms), user, document and a range of days; the query read
 * from the URL (anything malformed ignored) and kept in the pager and CSV links; the CSV of the
 * filtered log (RFC 4180, formulas defused, in the reader's language).
 */
import { expect } from "chai";
import Database from "better-sqlite3";
import { Writable } from "node:stream";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import { importArticle } from "../../server/services/import-article.js";
import { performAlignment } from "../../server/services/review.js";
import { AUDIT_PAGE, auditQueryString, buildAuditView, readAuditQuery, writeAuditCsv } from "../../server/services/audit-view.js";
import { translatorFor } from "../../server/i18n/translate.js";
import { tempDbPath } from "../helpers/temp.js";

const t = translatorFor("en");
const translator = { name: "tr", role: "translator" as const };

/** Collects what is written to it. */
function collector(): Writable & { text(): string } {
  const chunks: string[] = [];
  const out = new Writable({ write(chunk, _encoding, done) { chunks.push(String(chunk)); done(); } }) as Writable & { text(): string };
  out.text = () => chunks.join("");
  return out;
}

/** RFC 4180 records of a CSV text (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if (quoted) {
      if (c === '"' && text[k + 1] === '"') { cell += '"'; k++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(cell); cell = ""; } else if (c === "\r" && text[k + 1] === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; k++; } else cell += c;
  }
  return rows;
}

describe("audit view (real database file)", () => {
  it("pages by key: a page of AUDIT_PAGE, newest first, an older link that keeps the filters, and a way back to the newest", () => {
    const store = openSqliteStore(tempDbPath());
    for (let k = 0; k < AUDIT_PAGE + 5; k++) store.audit({ documentId: null, user: k % 2 ? "odd" : "even", action: k % 2 ? "login" : "logout" });
    const first = buildAuditView(store, {}, t, "en");
    expect(first.entries).to.have.length(AUDIT_PAGE);
    expect(first.entries[0]!.id).to.be.greaterThan(first.entries[1]!.id);
    expect(first.newestHref).to.equal(null);
    const before = Number(new URLSearchParams(first.olderHref!.split("?")[1]).get("before"));
    const second = buildAuditView(store, readAuditQuery({ before: String(before) }), t, "en");
    expect(second.entries).to.have.length(5);
    expect(second.entries.every((e) => e.id < before)).to.equal(true);
    expect(second.olderHref).to.equal(null);
    expect(second.newestHref).to.equal("/audit");
    const odd = buildAuditView(store, readAuditQuery({ user: "odd" }), t, "en");
    expect(odd.entries.every((e) => e.user === "odd" && e.words.sentence === "Logged in")).to.equal(true);
    expect(odd.entries).to.have.length(Math.floor((AUDIT_PAGE + 5) / 2));
    store.close();
  });

  it("filters by action (with its forms after a colon), by document and by a range of days", async () => {
    const path = tempDbPath();
    const store = openSqliteStore(path);
    const [a] = await loadSampleCorpus(store);
    const { id: b } = await importArticle(store, { en: { bytes: Buffer.from("One.\nTwo.\n"), name: "en.txt" }, ar: { bytes: Buffer.from("واحد.\nاثنان.\n"), name: "ar.txt" } }, { title: "Second" }, "tester", { dictionary: false });
    const row = store.getBeads(a!)[2]!;
    performAlignment(store, a!, { op: "confirm", bead: row.id, version: row.version }, translator);
    store.audit({ documentId: null, user: "tr", action: "undo:confirm", target: `bead:${row.id}` });
    const confirms = buildAuditView(store, readAuditQuery({ action: "confirm" }), t, "en");
    expect(confirms.entries.map((e) => e.action)).to.deep.equal(["confirm"]);
    expect(confirms.entries[0]!.words.sentence).to.equal("Row 3 confirmed");
    expect(confirms.entries[0]!.words.document?.title).to.equal(store.getDocument(a!)!.title);
    expect(confirms.actions.find((x) => x.id === "confirm")).to.deep.equal({ id: "confirm", label: "Confirmed", selected: true });
    expect(buildAuditView(store, readAuditQuery({ action: "undo" }), t, "en").entries.map((e) => e.action)).to.deep.equal(["undo:confirm"]);
    const ofB = buildAuditView(store, readAuditQuery({ document: String(b) }), t, "en");
    expect(ofB.entries.length).to.be.greaterThan(0);
    expect(ofB.entries.every((e) => e.documentId === b)).to.equal(true);
    expect(ofB.documents.find((d) => d.id === b)?.selected).to.equal(true);

    // Two entries moved into the past, straight in the file: the range keeps whole UTC days, "until" included.
    const raw = new Database(path);
    raw.prepare("UPDATE history SET at = '2026-03-04T23:59:59.000Z' WHERE id = (SELECT MIN(id) FROM history)").run();
    raw.prepare("UPDATE history SET at = '2026-03-06T00:00:00.000Z' WHERE id = (SELECT MIN(id) + 1 FROM history)").run();
    raw.close();
    const march = (from: string, until: string) => buildAuditView(store, readAuditQuery({ from, until }), t, "en").entries.map((e) => e.at);
    expect(march("2026-03-04", "2026-03-05")).to.deep.equal(["2026-03-04T23:59:59.000Z"]);
    expect(march("2026-03-05", "2026-03-06")).to.deep.equal(["2026-03-06T00:00:00.000Z"]);
    expect(march("2026-03-01", "2026-03-31")).to.have.length(2);
    // A range holding nearly everything is read by walking the ids (a range of two entries through the time index): the same answers.
    const today = new Date().toISOString().slice(0, 10);
    const everything = store.listAudit({ limit: 10_000 });
    expect(buildAuditView(store, readAuditQuery({ from: "2026-03-01", until: today }), t, "en").entries.map((e) => e.id)).to.deep.equal(everything.slice(0, 100).map((e) => e.id));
    expect(buildAuditView(store, readAuditQuery({ from: today }), t, "en").entries.map((e) => e.id)).to.deep.equal(everything.filter((e) => e.at >= today).slice(0, 100).map((e) => e.id));
    expect(buildAuditView(store, readAuditQuery({ until: "2026-03-05" }), t, "en").entries.map((e) => e.at)).to.deep.equal(["2026-03-04T23:59:59.000Z"]);
    const ranged = buildAuditView(store, readAuditQuery({ from: "2026-03-01", until: "2026-03-31", action: "import" }), t, "en");
    expect(ranged.csvHref).to.equal("/audit.csv?from=2026-03-01&until=2026-03-31&action=import");
    store.close();
  });

  it("reads the query strictly: malformed days, unknown actions and non-numeric ids are no filter", () => {
    expect(readAuditQuery({ from: "2026-02-30", until: "yesterday", action: "drop table", document: "1 OR 1", before: "-3", user: "" })).to.deep.equal({});
    expect(readAuditQuery({ from: "2026-02-28", action: "fix", document: "7", user: "sara" })).to.deep.equal({ from: "2026-02-28", action: "fix", documentId: 7, user: "sara" });
    expect(auditQueryString({ user: "a&b", documentId: 3 }, 99)).to.equal("?user=a%26b&document=3&before=99");
  });

  it("lets other work in between the CSV's batches, however fast the reader takes them", async () => {
    const store = openSqliteStore(tempDbPath());
    store.atomically(() => {
      for (let k = 0; k < 2500; k++) store.audit({ documentId: null, user: "u", action: "login" });
    });
    const out = collector();
    const linesSoFar = () => out.text().split("\r\n").length - 1;
    let seenMidway = -1;
    const writing = writeAuditCsv(store, {}, t, "en", out);
    setImmediate(() => { seenMidway = linesSoFar(); });
    expect(await writing).to.equal(2500);
    expect(linesSoFar()).to.equal(2501);
    expect(seenMidway).to.be.greaterThan(0);
    expect(seenMidway).to.be.lessThan(2501);
    store.close();
  });

  it("writes the filtered log as CSV: a header in the reader's language, CRLF, quoted fields, formulas defused", async () => {
    const store = openSqliteStore(tempDbPath());
    store.audit({ documentId: null, user: "=HYPERLINK(\"http://x\")", action: "login-failed" });
    store.audit({ documentId: null, user: "chief", action: "user-add", target: "user:a, \"b\"", details: { role: "viewer" } });
    store.audit({ documentId: null, user: "chief", action: "logout" });
    const out = collector();
    const written = await writeAuditCsv(store, readAuditQuery({ user: "chief" }), t, "en", out);
    expect(written).to.equal(2);
    const text = out.text();
    expect(text.startsWith("\uFEFF")).to.equal(true);
    expect(text.endsWith("\r\n")).to.equal(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).to.deep.equal(["id", "time", "user", "action", "action (in words)", "document id", "document", "what happened", "rows"]);
    expect(rows.slice(1).map((r) => [r[2], r[3], r[4], r[7]])).to.deep.equal([
      ["chief", "logout", "Logged out", "Logged out"],
      ["chief", "user-add", "User added", "User “a, \"b\"” added as Viewer"],
    ]);
    const all = collector();
    await writeAuditCsv(store, {}, translatorFor("ar"), "ar", all);
    const arabic = parseCsv(all.text().slice(1));
    expect(arabic[0]![2]).to.equal("المستخدم");
    expect(arabic[arabic.length - 1]![2]).to.equal("'=HYPERLINK(\"http://x\")");
    expect(all.text()).to.include("\"'=HYPERLINK(\"\"http://x\"\")\"");
    store.close();
  });
});
