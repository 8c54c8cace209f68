/**
 * HTML to paragraphs with a real parser (htmlparser2): text of p, h1–h6, li, blockquote, figcaption
 * and td blocks, in document order; script, style, template, nav, header, footer, aside, form,
 * noscript and iframe dropped with their content. Markup never survives: a paragraph is the plain
 * text of its block, whitespace collapsed, so hostile markup cannot reach the editor as markup.
 */
import { parseDocument, Parser } from "htmlparser2";
import { ImportError } from "./import-error.js";
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

export function readHtml(html: string, side: "en" | "ar" = "en", name = ""): string[] {
  if (!checkDepth(html)) throw new ImportError("malformed-html", { side, name });
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
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
  walk(doc.children);
  return paragraphs;
}
