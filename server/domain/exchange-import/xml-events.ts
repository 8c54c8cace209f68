/**
 * The safe XML front end of the exchange importers: bytes decoded (UTF-8, or UTF-16 with a byte
 * order mark), then parsed by saxes, which never expands external entities and knows only the five
 * predefined ones. A DOCTYPE naming a DTD (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`) is accepted; one
 * with an internal subset (where entities are declared: billion laughs, XXE) is refused outright.
 * Every failure becomes an ExchangeImportError with the line and column.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { ExchangeImportError } from "./exchange-import-error.js";

export type XmlHandlers = {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
};

export function decodeXmlBytes(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new ExchangeImportError("empty", { name });
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/u, "");
  } catch {
    throw new ExchangeImportError("encoding", { name });
  }
}

/** Element names without a namespace prefix (`xlf:trans-unit` → `trans-unit`). */
function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

export function parseXml(text: string, name: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const fail = (reason: string): never => {
    throw new ExchangeImportError("malformed-xml", { name, line: parser.line, column: parser.column + 1, reason });
  };
  parser.on("error", (error) => fail(error.message.replace(/^(?:[^:]*:)?\d+:\d+: /u, "")));
  parser.on("xmldecl", (decl) => {
    const encoding = decl.encoding?.toLowerCase();
    if (encoding && !["utf-8", "utf8", "utf-16", "utf-16le", "utf-16be"].includes(encoding)) {
      throw new ExchangeImportError("encoding", { name });
    }
  });
  parser.on("doctype", (doctype) => {
    if (doctype.includes("[") || /<!ENTITY/iu.test(doctype)) throw new ExchangeImportError("entities", { name });
  });
  parser.on("opentag", (tag: SaxesTagPlain) => handlers.open(localName(tag.name), tag.attributes));
  parser.on("closetag", (tag: SaxesTagPlain) => handlers.close(localName(tag.name)));
  parser.on("text", (t) => handlers.text(t));
  parser.on("cdata", (t) => handlers.text(t));
  parser.write(text).close();
}

/** Primary language subtag, lower case (`en-GB` → `en`, `AR_sa` → `ar`). */
export function primaryLanguage(tag: string | undefined): string {
  return (tag ?? "").trim().toLowerCase().split(/[-_]/u)[0] ?? "";
}

/** A segment's text as mizan's paragraphs: split at line breaks, blank lines dropped. */
export function paragraphsOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/u).filter((p) => p.trim() !== "");
}
