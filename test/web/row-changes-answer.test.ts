/**
 * The rows part of an operation's answer: the changed rows rendered by the page's own partial
 * (with their bead id, number and radio value), the map when the structure changed, and what was
 * done in words, in English and in Arabic (Arabic-Indic digits).
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import { rowChangesSince, snapshotRows } from "../../server/services/row-changes.js";
import { performAlignment } from "../../server/services/review.js";
import { createRenderer } from "../../server/web/view-engine.js";
import { translatorFor } from "../../server/i18n/translate.js";
import { describeDone, describeTravel, renderRowChanges } from "../../server/web/row-changes-answer.js";
import type { AnswerView } from "../../server/web/http.js";
import { tempDbPath } from "../helpers/temp.js";

const render = createRenderer();

function viewIn(lang: "en" | "ar"): AnswerView {
  const t = translatorFor(lang) as unknown as AnswerView["t"];
  return { t, lang, fragment: (name, context) => render(name, { lang, dir: lang === "ar" ? "rtl" : "ltr", t, can: { align: true }, ...context }, { layout: false }) };
}

describe("row changes answer: rendered rows and what was done", () => {
  it("renders the changed rows and the map as the page shows them", async () => {
    const store = openSqliteStore(tempDbPath());
    const [id] = await loadSampleCorpus(store);
    const beads = store.getBeads(id!);
    const before = snapshotRows(store, id!);
    performAlignment(store, id!, { op: "merge", bead: beads[1]!.id, version: beads[1]!.version, neighbour: { id: beads[2]!.id, version: beads[2]!.version } }, { name: "a", role: "admin" });
    const answer = renderRowChanges(rowChangesSince(store, id!, before, {}, "en"), viewIn("en"));
    const merged = store.getBeads(id!)[1]!;
    const row = answer.rows.find((r) => r.bead === merged.id);
    expect(row?.html).to.match(new RegExp(`^<section class="row[^"]*" id="row-2" role="listitem" data-bead="${merged.id}"`, "u"));
    expect(row?.html).to.include(`value="${merged.id}:${merged.version}:`);
    expect(answer.map).to.match(/^<figure class="alignment-map">/u);
    expect(answer.order).to.have.length(beads.length - 1);
    store.close();
  });

  it("says what was done, undone or redone, in the reader's language and digits", () => {
    expect(describeDone(viewIn("en"), "merge", 4)).to.equal("Rows merged: row 4.");
    expect(describeDone(viewIn("en"), "realign", null)).to.equal("Re-aligned.");
    expect(describeDone(viewIn("ar"), "confirm", 12)).to.equal("تأكيد: الصف ١٢.");
    expect(describeTravel(viewIn("en"), "undo", "realign", null)).to.equal("Undone: Re-aligned.");
    expect(describeTravel(viewIn("en"), "redo", "shift", 5)).to.equal("Redone: Paragraph shifted (row 5).");
    expect(describeTravel(viewIn("ar"), "undo", "merge", 3)).to.equal("تم التراجع عن: دمج صفين (الصف ٣).");
    expect(describeTravel(viewIn("en"), "undo", null, null)).to.equal("Nothing to undo.");
    expect(describeDone(viewIn("en"), "a-new-op", 2)).to.equal("a-new-op: row 2.", "an action without a name yet is shown by its id");
  });
});
