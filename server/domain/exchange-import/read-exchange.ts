/**
 * Bytes of a TMX or XLIFF file to documents, with every check before anything is written: size,
 * encoding, well-formed XML without entity declarations, a known root (tmx or xliff), an
 * English–Arabic language pair, and at least one pair with text.
 */
import { ExchangeImportError } from "./exchange-import-error.js";
import { readTmx } from "./read-tmx.js";
import { readXliff } from "./read-xliff.js";
import { DEFAULT_LIMITS, type ExchangeFile, type ReadLimits } from "./types.js";
import { decodeXmlBytes } from "./xml-events.js";
import { countScripts, type ScriptCounts } from "../segment/script-of.js";

export function readExchange(bytes: Uint8Array, name: string, limits: ReadLimits = DEFAULT_LIMITS): ExchangeFile {
  if (bytes.length > limits.maxBytes) throw new ExchangeImportError("too-large", { name, limit: limits.maxBytes });
  const text = decodeXmlBytes(bytes, name);
  if (text.trim() === "") throw new ExchangeImportError("empty", { name });
  // The root element decides the reader; both refuse a root they do not know.
  const root = /<(?:[A-Za-z_][\w.-]*:)?(tmx|xliff)[\s>/]/u.exec(text)?.[1];
  const file = root === "xliff" ? readXliff(text, name, limits) : readTmx(text, name, limits);
  if (file.documents.length === 0) throw new ExchangeImportError("no-pairs", { name });
  checkScripts(file, name);
  return file;
}

/**
 * The text labelled English must be mostly Latin letters and the text labelled Arabic mostly
 * Arabic letters: a file whose sides are swapped (or mislabelled) is refused, not imported as
 * labelled.
 */
function checkScripts(file: ExchangeFile, name: string): void {
  const letters = { en: countScripts(""), ar: countScripts("") };
  for (const doc of file.documents) {
    for (const pair of doc.pairs) {
      for (const side of ["en", "ar"] as const) {
        const c = countScripts(pair[side].join(" "));
        letters[side].latin += c.latin;
        letters[side].arabic += c.arabic;
        letters[side].other += c.other;
      }
    }
  }
  const share = (c: ScriptCounts, of: number) => (c.latin + c.arabic + c.other > 0 ? of / (c.latin + c.arabic + c.other) : 1);
  if (share(letters.en, letters.en.latin) < 0.5 || share(letters.ar, letters.ar.arabic) < 0.5) {
    const found = share(letters.en, letters.en.arabic) >= 0.5 ? "ar→en" : "?";
    throw new ExchangeImportError("wrong-language-pair", { name, found });
  }
}
