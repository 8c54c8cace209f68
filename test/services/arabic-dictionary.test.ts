/** Loading Debian's Arabic dictionary for the checks: the installed one, and a missing one said plainly. */
import { expect } from "chai";
import { join } from "node:path";
import { arabicDictionary, arabicDictionaryStatus, DEBIAN_ARABIC_DIC, readArabicDictionary } from "../../server/services/arabic-dictionary.js";
import { tempDir } from "../helpers/temp.js";

describe("arabic-dictionary", () => {
  it("loads hunspell-ar once, in well under a few seconds", () => {
    const started = performance.now();
    const first = arabicDictionary();
    const ms = performance.now() - started;
    expect(first, "hunspell-ar (scripts/ensure-test-tools.sh installs it)").to.not.equal(null);
    expect(arabicDictionary()).to.equal(first);
    expect(ms).to.be.below(5000);
    expect(first?.isWord("الحكومة")).to.equal(true);
    if (!process.env.MIZAN_ARABIC_DICTIONARY) expect(arabicDictionaryStatus().path).to.equal(DEBIAN_ARABIC_DIC);
  });

  it("says why there is no dictionary, without throwing", () => {
    const missing = readArabicDictionary(join(tempDir(), "ar.dic"));
    expect(missing.dictionary).to.equal(null);
    expect(missing.problem).to.match(/no Arabic dictionary at .*ar\.dic \(Debian package hunspell-ar\)/u);
  });
});
