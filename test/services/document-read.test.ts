/**
 * Reading a document or a paragraph as stored (sample corpus, real database file): missing ones
 * are null or NotFoundError, ids that are not integers name nothing, the JSON form says whether
 * the findings are fresh.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import { refreshFindings } from "../../server/services/document-checks.js";
import { documentData, documentOrThrow, documentWithFindingsVersion, findDocument, findParagraph, paragraphOrThrow } from "../../server/services/document-read.js";
import { NotFoundError } from "../../server/store/conflict-error.js";
import { tempDbPath } from "../helpers/temp.js";

describe("document read (sample corpus, real database file)", () => {
  it("reads a document, its findings version, its JSON form and a paragraph; refuses what is not there", async () => {
    const store = openSqliteStore(tempDbPath());
    const [id] = await loadSampleCorpus(store);
    expect(findDocument(store, id!)?.id).to.equal(id);
    expect(findDocument(store, 1.5)).to.equal(null);
    expect(findDocument(store, Number.NaN)).to.equal(null);
    expect(documentWithFindingsVersion(store, 999_999)).to.equal(null);
    expect(() => documentOrThrow(store, 999_999)).to.throw(NotFoundError);
    expect(() => documentData(store, 999_999)).to.throw(NotFoundError);

    refreshFindings(store, id!);
    const found = documentWithFindingsVersion(store, id!)!;
    expect(found.findingsVersion).to.equal(found.document.version);
    const data = documentData(store, id!);
    expect(data.findingsFresh).to.equal(true);
    expect(data.paragraphs.en.length).to.be.greaterThan(0);
    expect(data.beads.length).to.be.greaterThan(0);
    const first = data.paragraphs.ar[0]!;
    store.editParagraph(first.id, first.version, `${first.text} نعم`, "ed");
    expect(documentData(store, id!).findingsFresh, "stale after an edit").to.equal(false);

    expect(findParagraph(store, first.id)?.documentId).to.equal(id);
    expect(findParagraph(store, Number.NaN)).to.equal(null);
    expect(() => paragraphOrThrow(store, 999_999)).to.throw(NotFoundError);
    store.close();
  });
});
