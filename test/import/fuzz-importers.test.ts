/**
 * Fuzzing the edition importers (plain text, HTML, DOCX) with fast-check: 10,000 generated inputs
 * each, hostile and broken on purpose (invalid UTF-8, NULs, UTF-16 byte-order marks, tag soup with
 * scripts and unclosed tags, corrupted and truncated DOCX archives), plus 2,000 archives that lie
 * (declared sizes and CRCs, truncated deflate streams, zip bombs of up to 2 GB, local headers
 * against the central directory, hostile names) and 600 files with paragraphs over the length
 * limit (long lines, long words). Whatever comes in, readEdition either returns plain-text
 * paragraphs or refuses with an ImportError whose code has a message in both interface languages:
 * never another exception, never a hang (each input is timed; the slowest is printed and must stay
 * under 5 s). A sample of generated pairs also goes through POST /api/import of a real server: no
 * 5xx, and every refusal says why.
 * (TMX and XLIFF have their own 10,000-input fuzz test in test/domain/exchange-import.)
 */
import { expect } from "chai";
import fc from "fast-check";
import { readEdition } from "../../server/import/read-edition.js";
import { ImportError } from "../../server/import/import-error.js";
import { loadLocale } from "../../server/i18n/translate.js";
import { MAX_PARAGRAPH_LENGTH } from "../../server/domain/segment/limits.js";
import { deflatedZeros, docxEntries, makeDocx, makeZip, type RawEntry } from "../helpers/make-docx.js";
import { startServer, type TestServer } from "../helpers/server.js";

type Side = "en" | "ar";

const RUNS = 10_000;
/** A single import of these small inputs takes milliseconds; 5 s means it hangs. */
const HANG_MS = 5000;

const IMPORT_MESSAGES = {
  en: ((loadLocale("en").errors as Record<string, unknown>).import ?? {}) as Record<string, unknown>,
  ar: ((loadLocale("ar").errors as Record<string, unknown>).import ?? {}) as Record<string, unknown>,
};

/** Rejects when the import neither returns nor throws within HANG_MS. */
async function withinTime<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${HANG_MS} ms`)), HANG_MS);
  });
  try {
    return await Promise.race([work, hang]);
  } finally {
    clearTimeout(timer);
  }
}


/**
 * The property every importer must keep. `inputTags`: tags the input was built from; none may
 * survive whole into a paragraph. (A bare `<` is text in HTML and may remain, also next to text
 * that stood on the other side of a removed tag: `<</b>x` reads as `<x`, which is not a tag of
 * the input, and is shown as text like everything else.)
 */
type Outcome = { kind: "read"; ms: number; paragraphs: string[] } | { kind: "refused"; ms: number; code: string };

async function checkImport(bytes: Uint8Array, name: string, side: Side, options: { inputTags?: readonly string[] } = {}): Promise<Outcome> {
  const started = process.hrtime.bigint();
  const ms = () => Number(process.hrtime.bigint() - started) / 1e6;
  try {
    const edition = await withinTime(readEdition(bytes, name, side));
    const elapsed = ms();
    expect(edition.paragraphs).to.be.an("array").that.is.not.empty;
    for (const paragraph of edition.paragraphs) {
      expect(paragraph).to.be.a("string");
      expect(paragraph.length, "empty paragraph").to.be.greaterThan(0);
      expect(paragraph.length, "paragraph over the length limit").to.be.at.most(MAX_PARAGRAPH_LENGTH);
      expect(paragraph, "untrimmed paragraph").to.equal(paragraph.trim());
      for (const tag of options.inputTags ?? []) expect(paragraph.includes(tag), `${tag} in ${JSON.stringify(paragraph)}`).to.equal(false);
    }
    return { kind: "read", ms: elapsed, paragraphs: edition.paragraphs };
  } catch (error) {
    const elapsed = ms();
    if (!(error instanceof ImportError)) throw error;
    for (const lang of ["en", "ar"] as const) {
      const message = IMPORT_MESSAGES[lang][error.code];
      expect(message, `${lang} message for ${error.code}`).to.be.a("string").that.is.not.empty;
    }
    return { kind: "refused", ms: elapsed, code: error.code };
  }
}

// ---- generators -------------------------------------------------------------------------------

const WORDS = [
  "The", "council", "said", "on", "Tuesday", "12,174", "al-Kabira", "Homs", "ceasefire", "“quoted”", "‘a’", "...",
  "قال", "المجلس", "يوم", "الثلاثاء", "١٢١٧٤", "حمص", "الهدنة", "«اقتباس»", "،", "؟", "ـــ",
  "Привет", "中文", "😀", "é", "e\u0301", "١٢", "3.5%",
];
const CONTROLS = ["\u0000", "\u0001", "\u0007", "\u001B", "\u007F", "\u0085", "\uFEFF", "\uFFFE", "\uFFFF", "\uD800", "\uDC00"];
const INVISIBLE = ["\u200B", "\u200C", "\u200D", "\u2060", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C", "\u00A0"];
const BREAKS = ["\n", "\r\n", "\r", "\n\n", "\f", "\u2028", "\u2029", "\t", " ", "   "];

/** Text of mixed scripts with line breaks, controls and invisible characters. */
const mixedText = fc
  .array(fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 3, arbitrary: fc.constantFrom(...BREAKS) },
    { weight: 1, arbitrary: fc.constantFrom(...CONTROLS) },
    { weight: 1, arbitrary: fc.constantFrom(...INVISIBLE) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
  ), { maxLength: 40 })
  .map((parts) => parts.join(" "));

/** Byte sequences that are not UTF-8: stray continuation bytes, overlong forms, surrogates, 0xFF. */
const INVALID_UTF8 = [[0x80], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xff], [0xfe], [0xc3], [0xf0, 0x9f, 0x98]];

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const le = Buffer.from(text, "utf16le");
  if (bigEndian) le.swap16();
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), le]);
}

const textBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 3, arbitrary: mixedText.map((text) => Buffer.from(text, "utf8")) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 120 }) },
  {
    weight: 2,
    arbitrary: fc.tuple(mixedText, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVALID_UTF8)), { minLength: 1, maxLength: 3 })).map(([text, holes]) => {
      const bytes = [...Buffer.from(text, "utf8")];
      for (const [at, hole] of holes) bytes.splice(at % (bytes.length + 1), 0, ...hole);
      return Uint8Array.from(bytes);
    }),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(mixedText, fc.boolean(), fc.boolean()).map(([text, bigEndian, odd]) => {
      const bytes = utf16(text, bigEndian);
      return odd && bytes.length > 2 ? bytes.subarray(0, bytes.length - 1) : bytes;
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom(Uint8Array.from([0xef, 0xbb, 0xbf]), Uint8Array.from([0xff, 0xfe]), Uint8Array.from([0xfe, 0xff]), Uint8Array.from([0x50, 0x4b, 0x03, 0x04]), new Uint8Array(1)) },
);

/**
 * Tag soup fragments. Left out on purpose: `&lt;`/`&#60;` (they make a literal `<` that is text,
 * not markup) and the raw-text elements title, textarea, xmp, plaintext and noembed, whose content
 * HTML itself defines as text (it comes out verbatim, as a browser would show it).
 */
const HTML_FRAGMENTS = [
  "<p>", "</p>", "<div>", "</div>", "<h1>", "</h1>", "<h3 class=x>", "<li>", "</li>", "<ul>", "<ol>", "<blockquote>", "</blockquote>",
  "<table><tr><td>", "</td><td>", "</td></tr></table>", "<th>", "<dd>", "<dt>", "<pre>", "</pre>", "<figcaption>", "<b>", "</b>", "<i>",
  "</i>", "<span style=\"color:red\">", "</span>", "<br>", "<br/>", "<br />", "<wbr>",
  "<script>alert(1)</script>", "<script>", "</script>", "<script src=\"//evil.example/x.js\"></script>", "<style>p{color:red}</style>", "<style>",
  "<a href=\"javascript:alert(1)\">", "</a>", "<a href='x' onclick='alert(1)'>", "<img src=x onerror=alert(1)>", "<img src=\"x\" onerror=\"alert(1)\"/>",
  "<svg onload=alert(1)>", "</svg>", "<iframe src=\"javascript:alert(1)\"></iframe>", "<iframe>", "<object data=x>", "<embed src=x>",
  "<body onload=alert(1)>", "<html>", "</html>", "<head>", "</head>", "<meta charset=utf-8>", "<nav>Menu</nav>", "<header>", "<footer>",
  "<aside>", "<form><input value=x></form>", "<button>Go</button>", "<select><option>x</select>", "<template><p>t</p></template>",
  "<noscript>", "<!-- comment -->", "<!--", "-->", "<![CDATA[ x ]]>", "<!DOCTYPE html>", "<?xml version=\"1.0\"?>", "<math><mi>x</mi></math>",
  "<p", "<a href=\"", "<img src=x onerror=\"", "\"", "'", "=", "/>", "<", ">", "</", "< p>", "<1>", "<>", "</ >",
  "&amp;", "&nbsp;", "&quot;", "&#39;", "&#1575;", "&#x202E;", "&#x200B;", "&#0;", "&#xD800;", "&#99999999;", "&bogus;", "&", "&amp;lt;",
  "Hello", "world", "The council said", "قال المجلس", "حمص", "١٢١٧٤", "\u202Eevil\u202C", "\u200B", "\n", " ", "\t", "\u0000",
];

/** Every complete tag, comment and declaration the fragments hold (and the nested elements). */
const INPUT_TAGS = [...new Set([
  ...HTML_FRAGMENTS.flatMap((f) => [...f.matchAll(/<[/!?]?[a-zA-Z][^<>]*>|<!--[^<>]*-->/gu)].map((m) => m[0])),
  ...["div", "b", "span", "p", "li", "blockquote", "td", "a"].flatMap((t) => [`<${t}>`, `</${t}>`]),
])];

/** Deep nesting: the same element opened many times, closed or not. */
const nested = fc.tuple(fc.constantFrom("div", "b", "span", "p", "li", "blockquote", "td", "a"), fc.integer({ min: 1, max: 2000 }), fc.boolean(), fc.constantFrom("Hello world", "قال المجلس"))
  .map(([tag, depth, closed, text]) => `<${tag}>`.repeat(depth) + text + (closed ? `</${tag}>`.repeat(depth) : ""));

const tagSoup = fc.array(fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom(...HTML_FRAGMENTS) },
  { weight: 1, arbitrary: nested },
), { maxLength: 30 }).map((parts) => parts.join(""));

const htmlInput: fc.Arbitrary<{ html: string; soup: boolean }> = fc.oneof(
  { weight: 4, arbitrary: tagSoup.map((html) => ({ html, soup: true })) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 80 }).map((html) => ({ html, soup: false })) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom("<", ">", "/", "p", "b", "!", "-", "&", ";", "#", "=", "\"", "a", "ق", " ", "\n"), maxLength: 60 }).map((html) => ({ html, soup: false })) },
);

/** Paragraph lists for DOCX bases: mostly one language, sometimes the other, sometimes junk. */
const docxParagraphs = fc.array(fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...WORDS.slice(0, 12)), { minLength: 1, maxLength: 12 }).map((w) => w.join(" ")) },
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...WORDS.slice(12, 23)), { minLength: 1, maxLength: 12 }).map((w) => w.join(" ")) },
  { weight: 1, arbitrary: mixedText },
  { weight: 1, arbitrary: fc.constantFrom("<script>alert(1)</script>", "<b onclick=x>bold</b>", "&amp; & < >", "]]>", "\u202Eevil\u202C") },
), { maxLength: 8 });

/** A way to damage a DOCX file: each works on any length of bytes. */
type Mutation =
  | { kind: "none" }
  | { kind: "truncate"; at: number }
  | { kind: "flip"; flips: { at: number; bit: number }[] }
  | { kind: "overwrite"; at: number; bytes: Uint8Array }
  | { kind: "insert"; at: number; bytes: Uint8Array }
  | { kind: "delete"; at: number; length: number }
  | { kind: "tail"; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<Mutation>({ kind: "none" }) },
  { weight: 2, arbitrary: fc.nat().map((at): Mutation => ({ kind: "truncate", at })) },
  { weight: 4, arbitrary: fc.array(fc.record({ at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }), { minLength: 1, maxLength: 8 }).map((flips): Mutation => ({ kind: "flip", flips })) },
  { weight: 2, arbitrary: fc.record({ at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }).map((m): Mutation => ({ kind: "overwrite", ...m })) },
  { weight: 1, arbitrary: fc.record({ at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }).map((m): Mutation => ({ kind: "insert", ...m })) },
  { weight: 1, arbitrary: fc.record({ at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }).map((m): Mutation => ({ kind: "delete", ...m })) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 200 }).map((length): Mutation => ({ kind: "tail", length })) },
);

function mutate(base: Uint8Array, m: Mutation): Uint8Array {
  const bytes = Uint8Array.from(base);
  const at = (k: number) => (bytes.length === 0 ? 0 : k % bytes.length);
  switch (m.kind) {
    case "none": return bytes;
    case "truncate": return bytes.subarray(0, at(m.at));
    case "flip":
      for (const f of m.flips) bytes[at(f.at)] = (bytes[at(f.at)] ?? 0) ^ (1 << f.bit);
      return bytes;
    case "overwrite":
      bytes.set(m.bytes.subarray(0, Math.max(0, bytes.length - at(m.at))), at(m.at));
      return bytes;
    case "insert": return Buffer.concat([bytes.subarray(0, at(m.at)), m.bytes, bytes.subarray(at(m.at))]);
    case "delete": return Buffer.concat([bytes.subarray(0, at(m.at)), bytes.subarray(at(m.at) + m.length)]);
    case "tail": return bytes.subarray(Math.max(0, bytes.length - m.length)); // only the end: the central directory
  }
}

/** Outcome counts and the slowest input per importer, printed after each property so a run shows what it exercised. */
type Tally = { read: number; refused: number; maxMs: number; codes: Map<string, number>; add(outcome: Outcome): Outcome; toString(): string };
function tally(): Tally {
  return {
    read: 0, refused: 0, maxMs: 0, codes: new Map(),
    add(outcome) {
      this[outcome.kind]++;
      this.maxMs = Math.max(this.maxMs, outcome.ms);
      if (outcome.kind === "refused") this.codes.set(outcome.code, (this.codes.get(outcome.code) ?? 0) + 1);
      return outcome;
    },
    toString() {
      const codes = [...this.codes].sort(([, a], [, b]) => b - a).map(([code, n]) => `${code} ${n}`).join(", ");
      return `${this.read + this.refused} inputs: ${this.read} read, ${this.refused} refused with an ImportError (${codes}); slowest ${this.maxMs.toFixed(0)} ms`;
    },
  };
}

// ---- lying archives ---------------------------------------------------------------------------

/** A lie told by one entry of an otherwise honest DOCX (entry indices wrap around). */
type Lie =
  | { kind: "size" | "compressed" | "crc"; entry: number; value: number; where: "both" | "central" | "local" }
  | { kind: "truncate"; entry: number; keep: number; honestSize: boolean }
  | { kind: "bomb"; megabytes: number; declared: "honest" | "small" | number; replaceMain: boolean }
  | { kind: "local-name" | "entry-name"; entry: number; name: string }
  | { kind: "local-method" | "local-flags"; entry: number; value: number }
  | { kind: "offset"; entry: number; delta: number }
  | { kind: "count"; value: number };

const HOSTILE_NAMES = ["../word/document.xml", "/word/document.xml", "word\\document.xml", "C:word.xml", "word//document.xml", "word/./x.xml", "x\u0000.xml", "x\n.xml", "a".repeat(1500), "dup"];

const lie: fc.Arbitrary<Lie> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom("size" as const, "compressed" as const, "crc" as const), entry: fc.nat(), value: fc.oneof(fc.integer({ min: -64, max: 64 }), fc.nat({ max: 0xffffffff })), where: fc.constantFrom("both" as const, "central" as const, "local" as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("truncate" as const), entry: fc.nat(), keep: fc.double({ min: 0, max: 0.99, noNaN: true }), honestSize: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("bomb" as const), megabytes: fc.oneof(fc.integer({ min: 2, max: 99 }), fc.integer({ min: 100, max: 2048 })), declared: fc.oneof(fc.constantFrom("honest" as const, "small" as const), fc.nat({ max: 0xffffffff })), replaceMain: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("local-name" as const), entry: fc.nat(), name: fc.string({ minLength: 1, maxLength: 20 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("entry-name" as const), entry: fc.nat(), name: fc.constantFrom(...HOSTILE_NAMES) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom("local-method" as const, "local-flags" as const), entry: fc.nat(), value: fc.nat({ max: 0xffff }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("offset" as const), entry: fc.nat(), delta: fc.integer({ min: -200, max: 200 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("count" as const), value: fc.nat({ max: 0xffff }) }) },
);

type Lied = RawEntry & { local: NonNullable<RawEntry["local"]> };

/** Codes that say the archive itself was refused (not its text). */
const ARCHIVE_CODES = new Set(["malformed-docx", "archive-lies", "archive-too-large", "archive-ratio", "archive-entries", "archive-entry-name"]);

/**
 * The DOCX with the lies told, and whether a lie survived (a lie that happens to tell the truth,
 * a size "changed" by 0, say, is no lie: such an archive may still be read). Offsets and the entry
 * count are applied last, against the final layout.
 */
function tellLies(base: RawEntry[], lies: Lie[]): { zip: Buffer; lying: boolean } {
  const entries: Lied[] = base.map((e) => ({ ...e, local: { ...e.local } }));
  let count: number | undefined;
  const shifts: { entry: number; delta: number }[] = [];
  let lying = false;
  for (const l of lies) {
    const k = "entry" in l ? l.entry % entries.length : 0;
    const e = entries[k];
    if (!e) continue;
    switch (l.kind) {
      case "size": case "compressed": case "crc": {
        const field = l.kind;
        const value = (l.value <= 64 ? e[field] + l.value : l.value) >>> 0;
        if (value === e[field]) break;
        if (l.where === "central") e.local[field] ??= e[field]; // the local header keeps the truth
        if (l.where !== "local") e[field] = value;
        if (l.where !== "central") e.local[field] = value;
        // A zero in the local header is allowed when a data descriptor carries the values.
        lying = lying || !(l.where === "local" && value === 0 && (e.flags & 8) !== 0);
        break;
      }
      case "truncate": {
        const keep = Math.floor(e.data.length * l.keep);
        e.data = e.data.subarray(0, keep);
        if (l.honestSize) e.compressed = keep;
        if (l.honestSize && e.local.compressed !== 0) e.local.compressed = keep;
        lying = true;
        break;
      }
      case "bomb": {
        const zeros = deflatedZeros(l.megabytes);
        const size = l.declared === "honest" ? zeros.size : l.declared === "small" ? 4096 : l.declared;
        const bomb: Lied = { name: "word/document.xml", data: zeros.data, method: 8, flags: 0, crc: 0, size, compressed: zeros.data.length, local: {} };
        const main = entries.findIndex((x) => x.name === "word/document.xml");
        if (l.replaceMain && main >= 0) entries.splice(main, 1, bomb);
        else entries.push({ ...bomb, name: `word/media/zeros${entries.length}.bin` });
        lying = true; // too large, too compressed, or lying about its size or CRC
        break;
      }
      case "local-name":
        if (l.name === e.name) break;
        e.local.name = l.name;
        lying = true;
        break;
      case "entry-name": {
        // A hostile name, or another entry's name in capitals (the same part twice).
        const other = entries[(k + 1) % entries.length];
        const name = l.name === "dup" && other ? other.name.toUpperCase() : l.name;
        if (name === e.name) break;
        e.name = name;
        e.local.name = name;
        lying = true;
        break;
      }
      case "local-method":
        if (l.value === e.method) break;
        e.local.method = l.value;
        lying = true;
        break;
      case "local-flags":
        if ((l.value & ~0x0800) === (e.flags & ~0x0800)) break;
        e.local.flags = l.value;
        lying = true;
        break;
      case "offset":
        if (l.delta !== 0) shifts.push({ entry: k, delta: l.delta });
        break;
      case "count":
        if (l.value === entries.length) break;
        count = l.value;
        lying = true;
        break;
    }
  }
  const starts: number[] = [];
  entries.reduce((at, x) => (starts.push(at), at + 30 + Buffer.byteLength(x.local.name ?? x.name) + x.data.length), 0);
  for (const { entry, delta } of shifts) {
    const e = entries[entry % entries.length];
    const natural = starts[entry % entries.length] ?? 0;
    if (!e || natural + delta < 0) continue;
    e.offset = natural + delta;
    lying = true;
  }
  return { zip: makeZip(entries, count === undefined ? {} : { count }), lying };
}

// ---- oversized paragraphs ---------------------------------------------------------------------

const ENGLISH_WORDS = WORDS.slice(0, 12);
const ARABIC_WORDS = WORDS.slice(12, 23);
const SENTENCE_ENDS = [".", "!", "?", "؟", "…", ".”", "!)"];

/** A long line of one language: words, sometimes a sentence end, sometimes one very long word. */
const longLine = (words: string[]) => fc.record({
  length: fc.integer({ min: 100, max: 60_000 }),
  sentenceEvery: fc.option(fc.integer({ min: 1, max: 4000 })),
  seed: fc.nat(),
  longWord: fc.option(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1000, max: 40_000 }) }), { freq: 3 }),
}).map(({ length, sentenceEvery, seed, longWord }) => {
  const parts: string[] = [];
  let size = 0;
  for (let k = 0; size < length; k++) {
    let word = words[(seed + k * 7919) % words.length] ?? "x";
    if (sentenceEvery !== null && k % sentenceEvery === sentenceEvery - 1) word += SENTENCE_ENDS[(seed + k) % SENTENCE_ENDS.length];
    parts.push(word);
    size += word.length + 1;
  }
  if (longWord) parts.splice(Math.floor(parts.length * longWord.at), 0, (words[0] ?? "x").charAt(0).repeat(longWord.length));
  return parts.join(" ");
});

const longDocument = fc.tuple(fc.constantFrom<Side>("en", "ar"), fc.integer({ min: 1, max: 4 })).chain(([side, lines]) =>
  fc.tuple(fc.constant(side), fc.array(fc.oneof(longLine(side === "en" ? ENGLISH_WORDS : ARABIC_WORDS), fc.constantFrom("Short line.", "سطر قصير.")), { minLength: lines, maxLength: lines }), fc.constantFrom("text" as const, "html" as const, "docx" as const)));

/** Longest run of characters with no breaking space (the unit the length limit cannot cut). */
function longestRun(text: string): number {
  return Math.max(0, ...text.split(/[ \t\n\r]+/u).map((w) => w.length));
}

describe("importers under fuzzing (fast-check)", () => {
  it("has a message in English and Arabic for every import error code", () => {
    const codes: ImportError["code"][] = [
      "missing", "empty", "too-large", "binary", "encoding", "wrong-language", "swapped-languages", "no-paragraphs", "too-many-paragraphs", "malformed-html", "malformed-docx", "unsupported-format",
      "malformed-archive", "archive-lies", "archive-too-large", "archive-ratio", "archive-entries", "archive-entry-name", "word-too-long",
    ];
    for (const lang of ["en", "ar"] as const) for (const code of codes) expect(IMPORT_MESSAGES[lang][code], `${lang} ${code}`).to.be.a("string");
  });

  it(`plain text: ${RUNS} byte arrays (invalid UTF-8, NULs, UTF-16 BOMs, mixed scripts) are read or refused`, async function () {
    this.timeout(120000);
    const counts = tally();
    await fc.assert(
      fc.asyncProperty(textBytes, fc.constantFrom<Side>("en", "ar"), async (bytes, side) => {
        counts.add(await checkImport(bytes, "fuzz.txt", side));
      }),
      { numRuns: RUNS, seed: 20240601 },
    );
    console.log(`      text: ${counts}`);
    expect(counts.maxMs).to.be.below(HANG_MS);
    expect(counts.read).to.be.greaterThan(RUNS / 20);
    expect(counts.refused).to.be.greaterThan(RUNS / 20);
  });

  it(`HTML: ${RUNS} strings and tag soups (scripts, handlers, entities, unclosed tags, nesting) give plain text or a refusal`, async function () {
    this.timeout(120000);
    const counts = tally();
    await fc.assert(
      fc.asyncProperty(htmlInput, fc.constantFrom<Side>("en", "ar"), async ({ html, soup }, side) => {
        counts.add(await checkImport(Buffer.from(html, "utf8"), "fuzz.html", side, soup ? { inputTags: INPUT_TAGS } : {}));
      }),
      { numRuns: RUNS, seed: 20240602 },
    );
    console.log(`      html: ${counts}`);
    expect(counts.maxMs).to.be.below(HANG_MS);
    expect(counts.read).to.be.greaterThan(RUNS / 20);
    expect(counts.refused).to.be.greaterThan(RUNS / 20);
  });

  it(`DOCX: ${RUNS} documents, valid and truncated, bit-flipped, overwritten or spliced, are read or refused`, async function () {
    this.timeout(120000);
    // Building a DOCX is the slow part, so a few hundred generated bases are built once and every
    // run damages one of them in its own way; a run in ten builds a fresh document instead.
    const bases = await Promise.all(fc.sample(docxParagraphs, { numRuns: 200, seed: 20240603 }).map((paragraphs) => makeDocx(paragraphs)));
    const input = fc.oneof(
      { weight: 9, arbitrary: fc.tuple(fc.nat({ max: bases.length - 1 }), mutation).map(([k, m]) => ({ base: k, mutation: m, fresh: null as string[] | null })) },
      { weight: 1, arbitrary: docxParagraphs.map((paragraphs) => ({ base: 0, mutation: { kind: "none" } as Mutation, fresh: paragraphs as string[] | null })) },
    );
    const counts = tally();
    await fc.assert(
      fc.asyncProperty(input, fc.constantFrom<Side>("en", "ar"), async ({ base, mutation: m, fresh }, side) => {
        const bytes = fresh ? await makeDocx(fresh) : mutate(bases[base] ?? new Uint8Array(), m);
        counts.add(await checkImport(bytes, "fuzz.docx", side)); // a DOCX may hold "<b>" as its text
      }),
      { numRuns: RUNS, seed: 20240604 },
    );
    console.log(`      docx: ${counts}`);
    expect(counts.maxMs).to.be.below(HANG_MS);
    expect(counts.read).to.be.greaterThan(RUNS / 20);
    expect(counts.refused).to.be.greaterThan(RUNS / 20);
  });

  it("lying archives: 2000 DOCX files whose headers lie (sizes, CRCs, truncated streams, bombs, mismatched headers, names) are refused", async function () {
    this.timeout(120000);
    const bases = fc.sample(docxParagraphs, { numRuns: 100, seed: 20240606 }).map((paragraphs) => docxEntries(paragraphs.length > 0 ? paragraphs : ["Hello world."]));
    const input = fc.tuple(fc.nat({ max: bases.length - 1 }), fc.array(lie, { minLength: 1, maxLength: 3 }), fc.boolean());
    const counts = tally();
    let honest = 0;
    await fc.assert(
      fc.asyncProperty(input, fc.constantFrom<Side>("en", "ar"), async ([base, lies, descriptor], side) => {
        // Half the archives use data descriptors (flag bit 3, zeros in the local header), as streaming writers do.
        const entries = (bases[base] ?? []).map((e) => (descriptor ? { ...e, flags: 8, local: { crc: 0, size: 0, compressed: 0 } } : e));
        const { zip, lying } = tellLies(entries, lies);
        const outcome = counts.add(await checkImport(zip, "lying.docx", side));
        if (lying) expect(outcome.kind === "refused" && ARCHIVE_CODES.has(outcome.code), `${JSON.stringify(outcome).slice(0, 200)} ${JSON.stringify(lies).slice(0, 300)}`).to.equal(true);
        else honest++;
      }),
      { numRuns: 2000, seed: 20240607 },
    );
    console.log(`      lying docx: ${counts} (${honest} lies that told the truth)`);
    expect(counts.maxMs).to.be.below(HANG_MS);
    for (const code of ["archive-lies", "archive-too-large", "archive-ratio", "archive-entry-name", "malformed-docx"]) expect(counts.codes.get(code) ?? 0, code).to.be.greaterThan(0);
  });

  it("oversized paragraphs: 600 text, HTML and DOCX files with lines up to 60,000 characters and words up to 40,000 are cut or refused", async function () {
    this.timeout(120000);
    const counts = tally();
    let cut = 0;
    await fc.assert(
      fc.asyncProperty(longDocument, async ([side, lines, format]) => {
        const bytes =
          format === "docx" ? await makeDocx(lines)
          : format === "html" ? Buffer.from(`<html><body>${lines.map((l) => `<p>${l}</p>`).join("\n")}</body></html>`, "utf8")
          : Buffer.from(lines.join("\n"), "utf8");
        const outcome = counts.add(await checkImport(bytes, `long.${format === "text" ? "txt" : format}`, side));
        const uncuttable = lines.some((l) => longestRun(l) > MAX_PARAGRAPH_LENGTH);
        if (outcome.kind === "read") {
          expect(uncuttable, "a word over the limit was accepted").to.equal(false);
          // Nothing lost: the same characters, only whitespace at the cuts differs.
          expect(outcome.paragraphs.join("").replace(/\s+/gu, "")).to.equal(lines.join("").replace(/\s+/gu, ""));
          if (outcome.paragraphs.length > lines.length) cut++;
        } else if (uncuttable) {
          expect(outcome.code).to.equal("word-too-long");
        } else {
          expect(outcome.code, "refused a file that could be cut").to.not.equal("word-too-long");
        }
      }),
      { numRuns: 600, seed: 20240608 },
    );
    console.log(`      long paragraphs: ${counts}; ${cut} files had paragraphs cut`);
    expect(counts.maxMs).to.be.below(HANG_MS);
    expect(cut).to.be.greaterThan(50);
    expect(counts.codes.get("word-too-long") ?? 0).to.be.greaterThan(20);
  });

  describe("through POST /api/import of a real server", () => {
    let server: TestServer;
    before(async () => {
      server = await startServer({ sample: false });
    });
    after(async () => {
      await server.stop();
    });

    it("answers 300 generated pairs with 201 or a refusal that has a message, never a 5xx", async function () {
      this.timeout(120000);
      const admin = await server.as("admin");
      const english = fc.array(fc.array(fc.constantFrom(...WORDS.slice(0, 12)), { minLength: 1, maxLength: 10 }).map((w) => w.join(" ")), { minLength: 1, maxLength: 6 }).map((p) => p.join("\n"));
      const arabic = fc.array(fc.array(fc.constantFrom(...WORDS.slice(12, 23)), { minLength: 1, maxLength: 10 }).map((w) => w.join(" ")), { minLength: 1, maxLength: 6 }).map((p) => p.join("\n"));
      const field = fc.oneof(
        { weight: 3, arbitrary: english },
        { weight: 3, arbitrary: arabic },
        { weight: 2, arbitrary: mixedText },
        { weight: 2, arbitrary: tagSoup },
        { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
        { weight: 1, arbitrary: fc.constantFrom("", " ", "\u0000\u0000", "<script>alert(1)</script>", "<p>\u202Eevil</p>") },
      );
      const pairs = fc.sample(fc.tuple(field, field, fc.option(fc.string({ maxLength: 30 }))), { numRuns: 300, seed: 20240605 });
      const statuses = new Map<number, number>();
      for (const [enText, arText, title] of pairs) {
        const { status, data } = await admin.json("POST", "/api/import", { enText, arText, ...(title === null ? {} : { title }) });
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        expect(status, `${JSON.stringify({ enText, arText })} → ${JSON.stringify(data)}`).to.be.below(500);
        if (status >= 400) expect(data.message, JSON.stringify(data)).to.be.a("string").that.is.not.empty;
        else expect(data.id).to.be.a("number");
      }
      console.log(`      http: ${pairs.length} pairs: ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${n} × ${s}`).join(", ")}`);
      expect(statuses.get(201) ?? 0).to.be.greaterThan(0);
      expect([...statuses.keys()].some((s) => s >= 400)).to.equal(true);
    });
  });

  describe("deeply nested HTML (found while writing this test, deeper than the generated nesting)", () => {
    for (const tag of ["div", "b"]) {
      it(`reads or refuses 50,000 nested <${tag}> elements within ${HANG_MS / 1000} s`, async function () {
        this.timeout(HANG_MS * 4);
        const html = `<${tag}>`.repeat(50_000) + "Hello world" + `</${tag}>`.repeat(50_000);
        const started = Date.now();
        await checkImport(Buffer.from(html, "utf8"), "deep.html", "en");
        expect(Date.now() - started).to.be.below(HANG_MS);
      });
    }
  });
});
