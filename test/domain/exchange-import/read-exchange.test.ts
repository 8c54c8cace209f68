import { expect } from "chai";
import fc from "fast-check";
import { readExchange } from "../../../server/domain/exchange-import/read-exchange.js";
import { ExchangeImportError, type ExchangeImportErrorCode } from "../../../server/domain/exchange-import/exchange-import-error.js";
import { loadLocale } from "../../../server/i18n/translate.js";

const TMX = (body: string, srclang = "en") =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="${srclang}" datatype="plaintext"/><body>${body}</body></tmx>`;
const TU = (en: string, ar: string, enLang = "en", arLang = "ar") =>
  `<tu><tuv xml:lang="${enLang}"><seg>${en}</seg></tuv><tuv xml:lang="${arLang}"><seg>${ar}</seg></tuv></tu>`;
const XLIFF = (units: string, src = "en", trg = "ar") =>
  `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="${src}" target-language="${trg}" datatype="plaintext"><body>${units}</body></file></xliff>`;

function read(text: string, limits?: { maxBytes: number; maxUnits: number }) {
  return readExchange(Buffer.from(text, "utf8"), "test.xml", limits);
}

function refusal(text: string | Uint8Array, limits?: { maxBytes: number; maxUnits: number }): ExchangeImportErrorCode {
  try {
    readExchange(typeof text === "string" ? Buffer.from(text, "utf8") : text, "test.xml", limits);
  } catch (error) {
    if (error instanceof ExchangeImportError) return error.code;
    throw error;
  }
  throw new Error("not refused");
}

describe("exchange import: reading TMX and XLIFF", () => {
  it("reads TMX pairs, regional language tags, one-sided units and multi-paragraph segments", () => {
    const file = read(TMX(TU("One.", "واحد.", "en-GB", "ar-SA") + `<tu><tuv xml:lang="ar"><seg>فقط</seg></tuv></tu>` + TU("a\nb", "ج")));
    expect(file.format).to.equal("tmx");
    expect(file.documents).to.have.length(1);
    expect(file.documents[0]?.pairs.map((p) => [p.en, p.ar])).to.deep.equal([[["One."], ["واحد."]], [[], ["فقط"]], [["a", "b"], ["ج"]]]);
  });

  it("skips TMX inline codes but keeps highlighted text, and accepts a DOCTYPE naming the DTD", () => {
    const file = read(TMX(TU(`Bold <bpt i="1">&lt;b&gt;</bpt>text<ept i="1">&lt;/b&gt;</ept> <hi>here</hi>`, "نص")).replace("\n", `\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n`));
    expect(file.documents[0]?.pairs[0]?.en).to.deep.equal(["Bold text here"]);
  });

  it("reads XLIFF 1.2 with the languages either way round, skipping alt-trans", () => {
    const unit = `<trans-unit id="1"><source>Hello <g id="1">world</g></source><target>مرحبا</target><alt-trans><source>x</source><target>y</target></alt-trans></trans-unit>`;
    expect(read(XLIFF(unit)).documents[0]?.pairs[0]).to.deep.include({ en: ["Hello world"], ar: ["مرحبا"] });
    const reversed = `<trans-unit id="1"><source>مرحبا</source><target>Hello</target></trans-unit>`;
    expect(read(XLIFF(reversed, "ar-EG", "en-US")).documents[0]?.pairs[0]).to.deep.include({ en: ["Hello"], ar: ["مرحبا"] });
  });

  const refusals: [string, string | Uint8Array, ExchangeImportErrorCode][] = [
    ["an empty file", "", "empty"],
    ["unclosed elements", TMX(TU("a", "ب")).slice(0, -7), "malformed-xml"],
    ["a stray ampersand", TMX(TU("a & b", "ب")), "malformed-xml"],
    ["an undefined entity", TMX(TU("&nbsp;", "ب")), "malformed-xml"],
    ["billion laughs", `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>` + TMX(TU("&lol2;", "ب")).replace(/^<\?xml[^>]*>\n/u, ""), "entities"],
    ["an external entity (XXE)", `<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>` + TMX(TU("&xxe;", "ب")).replace(/^<\?xml[^>]*>\n/u, ""), "entities"],
    ["a French-Arabic TMX", TMX(TU("Bonjour", "مرحبا", "fr", "ar")), "wrong-language-pair"],
    ["an English-German TMX", TMX(TU("Hello", "Hallo", "en", "de")), "wrong-language-pair"],
    ["a French source TMX header", TMX("", "fr"), "wrong-language-pair"],
    ["an English-French XLIFF", XLIFF(`<trans-unit id="1"><source>a</source><target>b</target></trans-unit>`, "en", "fr"), "wrong-language-pair"],
    ["another XML vocabulary", `<html><body><p>hi</p></body></html>`, "unsupported-format"],
    ["a TMX without pairs", TMX(""), "no-pairs"],
    ["a TMX whose units are all empty", TMX(TU("", "")), "no-pairs"],
    ["Latin-1 bytes", Uint8Array.from([0x3c, 0x74, 0x6d, 0x78, 0x3e, 0xe9, 0x3c]), "encoding"],
    ["a declared legacy encoding", `<?xml version="1.0" encoding="ISO-8859-1"?>` + TMX(TU("a", "ب")).replace(/^<\?xml[^>]*>\n/u, ""), "encoding"],
  ];
  for (const [what, input, code] of refusals) {
    it(`refuses ${what} (${code})`, () => expect(refusal(input)).to.equal(code));
  }

  it("refuses a file whose English is in Arabic script and whose Arabic is in English (swapped sides)", () => {
    const swapped = TMX(TU("اتفق الطرفان على وقف إطلاق النار في المنطقة", "The two sides agreed to a ceasefire in the area"));
    expect(refusal(swapped)).to.equal("wrong-language-pair");
    const fine = TMX(TU("The two sides agreed to a ceasefire in the area", "اتفق الطرفان على وقف إطلاق النار في المنطقة"));
    expect(read(fine).documents[0]?.pairs).to.have.length(1);
  });

  it("refuses a file over the size limit and one with too many units", () => {
    expect(refusal(TMX(TU("a", "ب")), { maxBytes: 100, maxUnits: 10 })).to.equal("too-large");
    expect(refusal(TMX(TU("a", "ب").repeat(11)), { maxBytes: 1e6, maxUnits: 10 })).to.equal("too-many-units");
  });

  it("reports the line and column of malformed XML", () => {
    try {
      read("<tmx>\n<header>\n<body></tmx>");
      expect.fail("not refused");
    } catch (error) {
      expect(error).to.be.instanceOf(ExchangeImportError);
      expect((error as ExchangeImportError).params.line).to.equal(3);
    }
  });

  it("has a message in both languages for every error code", () => {
    const codes: ExchangeImportErrorCode[] = ["missing", "empty", "too-large", "encoding", "malformed-xml", "entities", "unsupported-format", "wrong-language-pair", "too-many-units", "no-pairs"];
    for (const lang of ["en", "ar"] as const) {
      const strings = (loadLocale(lang).exports as { import: Record<string, string> }).import;
      for (const code of codes) expect(strings[code], `${lang} ${code}`).to.be.a("string");
    }
  });

  it("never crashes on 10,000 generated inputs: it reads them or refuses them with an ExchangeImportError", function () {
    this.timeout(120000);
    const fragment = fc.constantFrom(
      "<tmx>", "</tmx>", "<tmx version=\"1.4\">", "<header srclang=\"en\"/>", "<header srclang=\"*all*\">", "</header>", "<body>", "</body>",
      "<tu>", "</tu>", "<tuv xml:lang=\"en\">", "<tuv xml:lang=\"ar\">", "<tuv xml:lang=\"fr\">", "<tuv lang=\"EN-us\">", "</tuv>", "<seg>", "</seg>",
      "<prop type=\"x-mizan-document-id\">", "<prop type=\"x-mizan-score\">", "</prop>", "<bpt i=\"1\">", "</bpt>", "<hi>", "</hi>", "<ph/>",
      "<xliff version=\"1.2\">", "<xliff version=\"2.0\" srcLang=\"en\" trgLang=\"ar\">", "</xliff>", "<file source-language=\"en\" target-language=\"ar\">",
      "<file id=\"f\">", "</file>", "<trans-unit id=\"1\">", "</trans-unit>", "<unit id=\"u\">", "</unit>", "<segment>", "</segment>",
      "<source>", "</source>", "<target>", "</target>", "<note from=\"mizan-title\">", "</note>", "<alt-trans>", "</alt-trans>", "<cp hex=\"41\"/>", "<cp hex=\"zz\"/>",
      "<!DOCTYPE tmx>", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "<?xml version=\"1.0\"?>", "<![CDATA[x<y]]>", "<!-- c -->", "&amp;", "&lt;", "&#65;", "&#0;", "&bogus;", "&",
      "Hello", "مرحبا", "\n", " ", "\u0000", "\uFEFF", "\uD800", "<", ">", "\"", "0.5",
    );
    const document = fc.array(fragment, { maxLength: 24 }).map((parts) => parts.join(""));
    const input = fc.oneof(
      { weight: 4, arbitrary: document },
      { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 40 }) },
    );
    fc.assert(
      fc.property(input, (value) => {
        const bytes = typeof value === "string" ? Buffer.from(value, "utf8") : value;
        try {
          const file = readExchange(bytes, "fuzz.xml", { maxBytes: 10_000, maxUnits: 100 });
          for (const doc of file.documents) {
            for (const pair of doc.pairs) expect(pair.en.length + pair.ar.length).to.be.greaterThan(0);
          }
        } catch (error) {
          if (!(error instanceof ExchangeImportError)) throw error;
        }
      }),
      { numRuns: 10_000, seed: 20240501 },
    );
  });
});
