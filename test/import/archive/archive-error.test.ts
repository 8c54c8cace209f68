/**
 * Every refusal of a whole archive says itself in both languages, with the name of the archive.
 */
import { expect } from "chai";
import { ARCHIVE_ERROR_CODES, ArchiveError } from "../../../server/import/archive/archive-error.js";
import { translatorFor } from "../../../server/i18n/translate.js";

describe("ArchiveError", () => {
  it("has a sentence naming the archive for each code, in English and Arabic", () => {
    for (const lang of ["en", "ar"] as const) {
      const t = translatorFor(lang);
      for (const code of ARCHIVE_ERROR_CODES) {
        const error = new ArchiveError(code, { name: "site.xml", limit: 5, detail: "ENOENT", line: 1, column: 2, reason: "r" });
        const key = `import.archive.${error.code}`;
        const text = t(key, error.params);
        expect(text, `${lang} ${key}`).to.not.equal(key);
        expect(text, `${lang} ${key}`).to.include("site.xml");
      }
    }
  });
});
