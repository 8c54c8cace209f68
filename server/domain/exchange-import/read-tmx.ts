/**
 * TMX (1.1–1.4) to documents: each `tu` with an English and an Arabic `tuv` becomes a pair (a `tu`
 * with only one of them a one-sided pair); a `tuv` in any other language is a wrong language pair
 * and refuses the file. mizan's own props (see export/tmx.ts) group the pairs back into their
 * documents with title, date and score; a TMX from another tool becomes one document. Inline
 * codes (bpt, ept, ph, it, ut) hold the original format's markup, not text, and are skipped;
 * `hi` is text.
 */
import { LEGACY_TMX_PROPS, TMX_PROPS } from "../export/tmx.js";
import { DocumentCollector } from "./collect-documents.js";
import { ExchangeImportError } from "./exchange-import-error.js";
import type { ExchangeFile, ReadLimits } from "./types.js";
import { paragraphsOf, parseXml, primaryLanguage } from "./xml-events.js";

const CODE_ELEMENTS = new Set(["bpt", "ept", "ph", "it", "ut"]);

export function readTmx(text: string, name: string, limits: ReadLimits): ExchangeFile {
  const collector = new DocumentCollector(name, limits);
  let root: string | null = null;
  let props: Map<string, string> = new Map();
  let tuvs: { lang: string; text: string }[] = [];
  let inTu = false;
  let propType: string | null = null;
  let propText = "";
  let tuvLang: string | null = null;
  let segText: string | null = null;
  let codeDepth = 0;
  let headerLang = "";

  const checkLanguage = (lang: string) => {
    if (lang !== "en" && lang !== "ar") throw new ExchangeImportError("wrong-language-pair", { name, found: lang || "?" });
  };

  parseXml(text, name, {
    open(el, attributes) {
      if (root === null) {
        root = el;
        if (el !== "tmx") throw new ExchangeImportError("unsupported-format", { name, root: el });
        return;
      }
      if (segText !== null) {
        if (CODE_ELEMENTS.has(el)) codeDepth++;
        return;
      }
      switch (el) {
        case "header": {
          const src = (attributes.srclang ?? "").trim().toLowerCase();
          headerLang = src === "*all*" ? "" : primaryLanguage(src);
          if (headerLang) checkLanguage(headerLang);
          break;
        }
        case "tu":
          inTu = true;
          props = new Map();
          tuvs = [];
          break;
        case "prop":
          if (inTu) {
            propType = attributes.type ?? "";
            propText = "";
          }
          break;
        case "tuv": {
          const lang = primaryLanguage(attributes["xml:lang"] ?? attributes.lang ?? headerLang);
          checkLanguage(lang);
          tuvLang = lang;
          break;
        }
        case "seg":
          if (tuvLang !== null) segText = "";
          break;
        default:
          break;
      }
    },
    text(t) {
      if (segText !== null) {
        if (codeDepth === 0) segText += t;
      } else if (propType !== null) propText += t;
    },
    close(el) {
      if (segText !== null) {
        if (CODE_ELEMENTS.has(el)) codeDepth--;
        else if (el === "seg") {
          if (tuvLang !== null) tuvs.push({ lang: tuvLang, text: segText });
          segText = null;
        }
        return;
      }
      if (el === "prop" && propType !== null) {
        if (!props.has(propType)) props.set(propType, propText);
        propType = null;
      } else if (el === "tuv") tuvLang = null;
      else if (el === "tu" && inTu) {
        inTu = false;
        const en = tuvs.find((v) => v.lang === "en");
        const ar = tuvs.find((v) => v.lang === "ar");
        const scoreProp = props.get(TMX_PROPS.score) ?? props.get(LEGACY_TMX_PROPS.score);
        const score = Number(scoreProp);
        const status = props.get(TMX_PROPS.status) ?? props.get(LEGACY_TMX_PROPS.status);
        collector.add(
          props.get(TMX_PROPS.documentId) ?? "",
          { title: props.get(TMX_PROPS.documentTitle) ?? null, published: props.get(TMX_PROPS.published) ?? null },
          {
            en: paragraphsOf(en?.text ?? ""), ar: paragraphsOf(ar?.text ?? ""), score: scoreProp !== undefined && Number.isFinite(score) ? score : null,
            ...(status === "rejected" ? { rejected: true as const } : {}),
          },
        );
      }
    },
  });
  return { format: "tmx", documents: collector.documents(), emptyUnits: collector.emptyUnits };
}
