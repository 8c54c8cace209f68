/**
 * HTML to paragraphs with a real parser (htmlparser2): text of p, h1–h6, li, blockquote, figcaption
 * and td blocks, in document order; script, style, template, nav, header, footer, aside, form,
 * noscript and iframe dropped with their content. Markup never survives: a paragraph is the plain
 * text of its block, whitespace collapsed, so hostile markup cannot reach the editor as markup.
 * The page's publication date is read from its metadata too (readHtmlPage), for the import to use
 * when the editor gives none: Open Graph `article:published_time` and its kin in `<meta>`,
 * schema.org `datePublished` in JSON-LD (parsed within size and depth bounds), then `<time datetime>`.
 */
import { parseDocument, Parser } from "htmlparser2";
import { ImportError } from "./import-error.js";
import { dayOfMetadataDate, type FoundDate } from "../domain/publication-date.js";
import type { ChildNode, Element } from "domhandler";

const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "td", "th", "dd", "dt", "pre"]);
const DROPPED = new Set([
  "script", "style", "template", "nav", "header", "footer", "aside", "form", "noscript", "iframe", "svg", "button", "select", "head", "object", "embed",
  // Raw-text elements: their content is not article text (a page title, a form field).
  "title", "textarea", "xmp", "plaintext", "noembed", "noframes",
]);

/** Deeper nesting than any article has: refused before the tree is built (it would take minutes). */
export const MAX_HTML_DEPTH = 1000;

class TooDeep extends Error {}

/** Measures the element nesting with the streaming parser, stopping as soon as it is too deep. */
function checkDepth(html: string): boolean {
  let depth = 0;
  const parser = new Parser({
    onopentag: () => {
      if (++depth > MAX_HTML_DEPTH) throw new TooDeep();
    },
    onclosetag: () => {
      depth = Math.max(0, depth - 1);
    },
  }, { decodeEntities: false, lowerCaseTags: true });
  try {
    parser.end(html);
    return true;
  } catch (error) {
    if (error instanceof TooDeep) return false;
    throw error;
  }
}
const LINE_BREAKS = new Set(["br"]);
const BREAK = "\u2028";

function isElement(node: ChildNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

/** The paragraphs of a page and the publication date its metadata gives (null when none or none valid). */
export function readHtmlPage(html: string, side: "en" | "ar" = "en", name = "", today = new Date()): { paragraphs: string[]; published: FoundDate | null } {
  const children = parseChecked(html, side, name);
  return { paragraphs: paragraphsOf(children), published: findPublishedDate(children, today) };
}

/** The paragraphs only (a DOCX's body, which has no page metadata). */
export function readHtml(html: string, side: "en" | "ar" = "en", name = ""): string[] {
  return paragraphsOf(parseChecked(html, side, name));
}

function parseChecked(html: string, side: "en" | "ar", name: string): ChildNode[] {
  if (!checkDepth(html)) throw new ImportError("malformed-html", { side, name });
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true }).children;
}

function paragraphsOf(children: ChildNode[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] | null = null;

  const flush = (parts: string[]) => {
    // HTML collapses ordinary whitespace but not no-break spaces: keep those, the checks want them.
    for (const line of parts.join("").split(BREAK)) {
      const text = line.replace(/[ \t\n\r\f\v]+/gu, " ").trim();
      if (text) paragraphs.push(text);
    }
  };

  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === "text") {
        if (current) current.push(node.data);
        else if (node.data.trim()) {
          // Loose text outside any block (a bare text file served as HTML, or a div of text).
          flush([node.data]);
        }
        continue;
      }
      if (!isElement(node)) continue;
      const name = node.name.toLowerCase();
      if (DROPPED.has(name)) continue;
      if (LINE_BREAKS.has(name)) {
        if (current) current.push(BREAK);
        continue;
      }
      if (BLOCKS.has(name) && !current) {
        current = [];
        walk(node.children);
        flush(current);
        current = null;
      } else {
        walk(node.children);
      }
    }
  };
  walk(children);
  return paragraphs;
}

/**
 * `<meta>` keys (property, name or itemprop, lower-cased) that give a publication date, best first:
 * Open Graph's article (trusted before JSON-LD), then the older and vendor names newsroom systems
 * still write (after it).
 */
const OPEN_GRAPH_DATE_KEYS = ["article:published_time", "og:published_time", "og:article:published_time"];
const OTHER_META_DATE_KEYS = [
  "datepublished", "dc.date.issued", "dcterms.issued", "dcterms.date", "dc.date", "pubdate", "publishdate", "publish-date", "date",
  "sailthru.date", "parsely-pub-date",
];
/**
 * JSON-LD bounds: a script longer than MAX_JSON_LD_CHARS is not parsed, nor more than
 * MAX_JSON_LD_SCRIPTS looked at, nor more than MAX_JSON_LD_TOTAL characters parsed in one page
 * (JSON.parse of 100,000 characters of nested brackets takes some 40 ms).
 */
export const MAX_JSON_LD_CHARS = 100_000;
const MAX_JSON_LD_SCRIPTS = 20;
const MAX_JSON_LD_TOTAL = 300_000;
/** Values visited in one JSON-LD document, and how deep, before giving up on it. */
const MAX_JSON_LD_NODES = 5_000;
const MAX_JSON_LD_DEPTH = 16;

type Candidates = { meta: Map<string, string>; jsonLd: string[]; timeInArticle: string | null; firstTime: string | null };

function textOf(node: Element): string {
  return node.children.map((c) => (c.type === "text" ? c.data : "")).join("");
}

/** Collects every place a date may come from in one walk (the tree is at most MAX_HTML_DEPTH deep). */
function collectCandidates(nodes: ChildNode[], found: Candidates, inArticle: boolean): void {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    const attrs = node.attribs;
    if (node.name === "meta") {
      const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? "").trim().toLowerCase();
      if (key && attrs.content !== undefined && !found.meta.has(key)) found.meta.set(key, attrs.content);
    } else if (node.name === "script") {
      if ((attrs.type ?? "").trim().toLowerCase() === "application/ld+json" && found.jsonLd.length < MAX_JSON_LD_SCRIPTS) found.jsonLd.push(textOf(node));
      continue;
    } else if (node.name === "time" && attrs.datetime !== undefined) {
      if (inArticle && found.timeInArticle === null) found.timeInArticle = attrs.datetime;
      if (found.firstTime === null) found.firstTime = attrs.datetime;
    }
    collectCandidates(node.children, found, inArticle || node.name === "article");
  }
}

/**
 * The `datePublished` strings of a JSON-LD document, breadth first (the top-level article before
 * what it mentions, `@graph` included); none when it is too long or not JSON. Visits at most
 * MAX_JSON_LD_NODES values no deeper than MAX_JSON_LD_DEPTH, so a hostile document costs little.
 */
function datePublishedIn(text: string): string[] {
  if (text.length > MAX_JSON_LD_CHARS) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  const found: string[] = [];
  let queue: unknown[] = [value];
  let visited = 0;
  for (let depth = 0; depth <= MAX_JSON_LD_DEPTH && queue.length > 0; depth++) {
    const next: unknown[] = [];
    for (const item of queue) {
      if (++visited > MAX_JSON_LD_NODES) return found;
      if (Array.isArray(item)) next.push(...item.slice(0, MAX_JSON_LD_NODES));
      else if (item !== null && typeof item === "object") {
        const record = item as Record<string, unknown>;
        const date = record.datePublished;
        if (typeof date === "string") found.push(date);
        for (const [key, child] of Object.entries(record)) if (key !== "datePublished" && child !== null && typeof child === "object") next.push(child);
      }
    }
    queue = next;
  }
  return found;
}

/** The page's publication date and where it was found, the first valid one in order of trust; null if none. */
export function findPublishedDate(nodes: ChildNode[], today: Date): FoundDate | null {
  const found: Candidates = { meta: new Map(), jsonLd: [], timeInArticle: null, firstTime: null };
  collectCandidates(nodes, found, false);
  for (const key of OPEN_GRAPH_DATE_KEYS) {
    const day = dayOfMetadataDate(found.meta.get(key) ?? "", today);
    if (day) return { date: day, source: { kind: "meta", key } };
  }
  let budget = MAX_JSON_LD_TOTAL;
  for (const script of found.jsonLd) {
    // Only a script that names the property is worth parsing; and only within the page's budget.
    if (!script.includes("datePublished") || script.length > MAX_JSON_LD_CHARS || script.length > budget) continue;
    budget -= script.length;
    for (const text of datePublishedIn(script)) {
      const day = dayOfMetadataDate(text, today);
      if (day) return { date: day, source: { kind: "json-ld" } };
    }
  }
  for (const key of OTHER_META_DATE_KEYS) {
    const day = dayOfMetadataDate(found.meta.get(key) ?? "", today);
    if (day) return { date: day, source: { kind: "meta", key } };
  }
  for (const text of [found.timeInArticle, found.firstTime]) {
    const day = dayOfMetadataDate(text ?? "", today);
    if (day) return { date: day, source: { kind: "time" } };
  }
  return null;
}
