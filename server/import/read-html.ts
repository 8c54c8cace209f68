/**
 * HTML to paragraphs with a real parser (htmlparser2): text of p, h1–h6, li, blockquote, figcaption
 * and td blocks, in document order; script, style, template, nav, header, footer, aside, form,
 * noscript and iframe dropped with their content. Markup never survives: a paragraph is the plain
 * text of its block, whitespace collapsed, so hostile markup cannot reach the editor as markup.
 */
import { parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";

const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "td", "th", "dd", "dt", "pre"]);
const DROPPED = new Set(["script", "style", "template", "nav", "header", "footer", "aside", "form", "noscript", "iframe", "svg", "button", "select", "head", "object", "embed"]);
const LINE_BREAKS = new Set(["br"]);
const BREAK = "\u2028";

function isElement(node: ChildNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

export function readHtml(html: string): string[] {
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
