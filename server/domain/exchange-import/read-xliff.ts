/**
 * XLIFF 1.2 and 2.0 to documents: one document per `file`, one pair per `trans-unit` (1.2) or
 * `unit` (2.0, its segments and ignorables joined in order), English source and Arabic target or
 * the reverse; any other language pair refuses the file. mizan's header notes give back the
 * title, date and score (see export/xliff.ts, export/xliff2.ts), and a 1.2 target qualified as
 * mizan's rejected pair comes back rejected, not confirmed. `alt-trans` (other candidates),
 * `seg-source`, notes and inline codes carrying original markup (bpt, ept, ph, it, originalData)
 * are not text and are skipped; `g`, `mrk` and `pc` are text, `cp` is its character.
 */
import { XLIFF_NOTES, XLIFF_REJECTED } from "../export/xliff.js";
import { DocumentCollector } from "./collect-documents.js";
import { ExchangeImportError } from "./exchange-import-error.js";
import type { ExchangeFile, ReadLimits } from "./types.js";
import { paragraphsOf, parseXml, primaryLanguage } from "./xml-events.js";

/** Elements whose content is never segment text. */
const SKIPPED = new Set(["alt-trans", "seg-source", "bpt", "ept", "ph", "it", "sub", "originalData", "context-group", "count-group", "prop-group"]);

type FileState = { key: string; sourceIs: "en" | "ar"; title: string | null; published: string | null };

export function readXliff(text: string, name: string, limits: ReadLimits): ExchangeFile {
  const collector = new DocumentCollector(name, limits);
  let root: string | null = null;
  let version2 = false;
  let fileLangs: { src: string; trg: string } = { src: "", trg: "" };
  let file: FileState | null = null;
  let files = 0;
  let skipDepth = 0;
  let noteKey: string | null = null;
  let noteText = "";
  let unitNotes = new Map<string, string>();
  let inUnit = false;
  let capture: "source" | "target" | null = null;
  let source = "";
  let target = "";
  let rejected = false;

  const sidesOf = (src: string, trg: string): "en" | "ar" => {
    const s = primaryLanguage(src);
    const t = primaryLanguage(trg);
    if (s === "en" && (t === "ar" || t === "")) return "en";
    if (s === "ar" && (t === "en" || t === "")) return "ar";
    throw new ExchangeImportError("wrong-language-pair", { name, found: `${s || "?"}→${t || "?"}` });
  };

  parseXml(text, name, {
    open(el, a) {
      if (root === null) {
        root = el;
        if (el !== "xliff") throw new ExchangeImportError("unsupported-format", { name, root: el });
        version2 = (a.version ?? "").startsWith("2");
        fileLangs = { src: a.srcLang ?? "", trg: a.trgLang ?? "" };
        if (version2) sidesOf(fileLangs.src, fileLangs.trg);
        return;
      }
      if (skipDepth > 0 || SKIPPED.has(el)) {
        skipDepth++;
        return;
      }
      if (el === "cp" && capture !== null) {
        const code = parseInt(a.hex ?? "", 16);
        if (Number.isInteger(code) && code >= 0 && code <= 0x10ffff) {
          const ch = String.fromCodePoint(code);
          if (capture === "source") source += ch;
          else target += ch;
        }
        return;
      }
      switch (el) {
        case "file":
          files++;
          file = {
            key: version2 ? `f${files}:${a.id ?? ""}` : `f${files}`,
            sourceIs: version2 ? sidesOf(fileLangs.src, fileLangs.trg) : sidesOf(a["source-language"] ?? "", a["target-language"] ?? ""),
            title: null,
            published: null,
          };
          break;
        case "note":
          noteKey = (version2 ? a.category : a.from) ?? "";
          noteText = "";
          break;
        case "trans-unit":
        case "unit":
          inUnit = true;
          source = "";
          target = "";
          unitNotes = new Map();
          rejected = false;
          break;
        case "source":
        case "target":
          if (inUnit) capture = el;
          if (inUnit && el === "target" && a["state-qualifier"] === XLIFF_REJECTED) rejected = true;
          break;
        default:
          break;
      }
    },
    text(t) {
      if (skipDepth > 0) return;
      if (noteKey !== null) noteText += t;
      else if (capture === "source") source += t;
      else if (capture === "target") target += t;
    },
    close(el) {
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      switch (el) {
        case "note":
          if (noteKey !== null) {
            if (inUnit) unitNotes.set(noteKey, noteText);
            else if (file && noteKey === XLIFF_NOTES.title) file.title = noteText;
            else if (file && noteKey === XLIFF_NOTES.published) file.published = noteText;
          }
          noteKey = null;
          break;
        case "source":
        case "target":
          capture = null;
          break;
        case "trans-unit":
        case "unit":
          if (inUnit && file) {
            const score = Number(unitNotes.get(XLIFF_NOTES.score));
            const [en, ar] = file.sourceIs === "en" ? [source, target] : [target, source];
            collector.add(file.key, file, { en: paragraphsOf(en), ar: paragraphsOf(ar), score: unitNotes.has(XLIFF_NOTES.score) && Number.isFinite(score) ? score : null, ...(rejected ? { rejected: true as const } : {}) });
          }
          inUnit = false;
          break;
        case "file":
          file = null;
          break;
        default:
          break;
      }
    },
  });
  return { format: version2 ? "xliff2" : "xliff", documents: collector.documents(), emptyUnits: collector.emptyUnits };
}
