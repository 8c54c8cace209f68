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

export function readExchange(bytes: Uint8Array, name: string, limits: ReadLimits = DEFAULT_LIMITS): ExchangeFile {
  if (bytes.length > limits.maxBytes) throw new ExchangeImportError("too-large", { name, limit: limits.maxBytes });
  const text = decodeXmlBytes(bytes, name);
  if (text.trim() === "") throw new ExchangeImportError("empty", { name });
  // The root element decides the reader; both refuse a root they do not know.
  const root = /<(?:[A-Za-z_][\w.-]*:)?(tmx|xliff)[\s>/]/u.exec(text)?.[1];
  const file = root === "xliff" ? readXliff(text, name, limits) : readTmx(text, name, limits);
  if (file.documents.length === 0) throw new ExchangeImportError("no-pairs", { name });
  return file;
}
