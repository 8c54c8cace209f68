/**
 * {{markText}}: a paragraph's text escaped, its findings' spans in <mark>, invisible characters as
 * markers, and nothing from the text or the message able to make markup.
 */
import { expect } from "chai";
import { markText } from "../../../server/i18n/helpers/mark-text.js";
import { render } from "./render.js";

const finding = (start: number, end: number, extra: Partial<{ paragraphId: number | null; severity: string; message: string; id: number }> = {}) =>
  ({ paragraphId: 7, start, end, severity: "warning", message: "Check this", id: 1, ...extra });
const mark = (text: string, id = 1, severity = "warning", message = "Check this") =>
  `<mark class="finding severity-${severity}" data-finding="${id}" title="${message}">${text}</mark>`;

describe("markText", () => {
  const TABLE: [string, string, unknown[], string][] = [
    ["no findings: the text escaped", "a < b & c", [], "a &lt; b &amp; c"],
    ["one span", "They recieve aid.", [finding(5, 12)], `They ${mark("recieve")} aid.`],
    ["two spans in order of start", "one two three", [finding(8, 13, { id: 2 }), finding(0, 3)], `${mark("one")} two ${mark("three", 2)}`],
    ["overlapping spans: the earlier wins", "abcdef", [finding(0, 4), finding(2, 6, { id: 2 })], `${mark("abcd")}ef`],
    ["same start: the longer wins", "abcdef", [finding(0, 2, { id: 2 }), finding(0, 4)], `${mark("abcd")}ef`],
    ["another paragraph's finding is left out", "abc", [finding(0, 3, { paragraphId: 8 })], "abc"],
    ["empty and out-of-range spans are left out", "abc", [finding(1, 1), finding(2, 9)], "abc"],
    ["a span of Arabic text", "قال الوزير", [finding(4, 10, { severity: "error" })], `قال ${mark("الوزير", 1, "error")}`],
    ["markup in the text and the message is escaped", "<b>x</b>", [finding(3, 4, { message: '"><script>' })], `&lt;b&gt;${mark("x", 1, "warning", "&quot;&gt;&lt;script&gt;")}&lt;/b&gt;`],
    ["an invisible character inside a span is a marker", "a\u202Eb", [finding(0, 3)], mark(`a<span class="control" title="U+202E">RLO</span>b`)],
    ["findings that are not a list are none", "abc", "nope" as unknown as unknown[], "abc"],
  ];
  for (const [what, text, findings, expected] of TABLE) {
    it(what, () => {
      expect(markText(text, 7, findings).toString()).to.equal(expected);
    });
  }

  it("is not escaped again by a template", () => {
    expect(render("<p>{{markText text 7 findings}}</p>", { text: "a <b>", findings: [finding(0, 1)] })).to.equal(`<p>${mark("a")} &lt;b&gt;</p>`);
  });

  it("writes an undefined text as nothing", () => {
    expect(markText(undefined, 7, []).toString()).to.equal("");
  });
});
