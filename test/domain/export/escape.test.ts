import { expect } from "chai";
import {
  BIDI_CONTROLS, defuseFormula, delimitedField, escapeXmlAttribute, escapeXmlText, mosesLine, removeControlCharacters,
} from "../../../server/domain/export/escape.js";

describe("export escaping rules", () => {
  it("escapes XML special characters in text and attributes", () => {
    expect(escapeXmlText(`a & b < c > d "e" 'f'`)).to.equal(`a &amp; b &lt; c &gt; d "e" 'f'`);
    expect(escapeXmlAttribute(`a & b < c > d "e"`)).to.equal("a &amp; b &lt; c &gt; d &quot;e&quot;");
    expect(escapeXmlAttribute("tab\tline\ncr\r")).to.equal("tab&#9;line&#10;cr&#13;");
    expect(escapeXmlText("line\nbreak\ttab\rcr")).to.equal("line\nbreak\ttab&#13;cr");
  });

  it("removes the control characters XML forbids, and C1 controls, keeping tab, LF and CR", () => {
    const forbidden = ["\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u000E", "\u001F", "\u007F", "\u0085", "\u009F", "\uFFFE", "\uFFFF"];
    for (const c of forbidden) {
      expect(removeControlCharacters(`a${c}b`), JSON.stringify(c)).to.equal("ab");
      expect(escapeXmlText(`a${c}b`), JSON.stringify(c)).to.equal("ab");
    }
    expect(removeControlCharacters("a\tb\nc\rd")).to.equal("a\tb\nc\rd");
  });

  it("removes unpaired surrogates but keeps characters outside the BMP", () => {
    expect(removeControlCharacters("a\uD800b\uDC00c")).to.equal("abc");
    expect(removeControlCharacters("emoji 😀 and 𝔸")).to.equal("emoji 😀 and 𝔸");
  });

  it("keeps bidirectional controls as characters (documented choice)", () => {
    for (const c of BIDI_CONTROLS) {
      expect(escapeXmlText(`رقم ${c}42${c}`)).to.equal(`رقم ${c}42${c}`);
      expect(delimitedField(`x${c}y`, ",")).to.equal(`x${c}y`);
      expect(mosesLine([`x${c}y`])).to.equal(`x${c}y`);
    }
  });

  it("quotes TSV fields holding a tab, newline, CR or quote (RFC 4180 with a tab separator)", () => {
    expect(delimitedField("plain", "\t")).to.equal("plain");
    expect(delimitedField("a\tb", "\t")).to.equal('"a\tb"');
    expect(delimitedField("a\nb", "\t")).to.equal('"a\nb"');
    expect(delimitedField("a\rb", "\t")).to.equal('"a\rb"');
    expect(delimitedField('say "hi"', "\t")).to.equal('"say ""hi"""');
    expect(delimitedField("a,b", "\t")).to.equal("a,b");
  });

  it("quotes CSV fields holding a comma, quote or line break", () => {
    expect(delimitedField("a,b", ",")).to.equal('"a,b"');
    expect(delimitedField("a\tb", ",")).to.equal("a\tb");
    expect(delimitedField('"q"', ",")).to.equal('"""q"""');
    expect(delimitedField("l1\r\nl2", ",")).to.equal('"l1\r\nl2"');
  });

  it("defuses cells that start a spreadsheet formula", () => {
    const table: [string, string][] = [
      ["=SUM(A1:A9)", "'=SUM(A1:A9)"], ["+1", "'+1"], ["-5 degrees", "'-5 degrees"], ["@cmd", "'@cmd"],
      ["\tx", "'\tx"], ["a=b", "a=b"], ["plain", "plain"], ["", ""], ["٣-٤", "٣-٤"],
    ];
    for (const [input, expected] of table) expect(defuseFormula(input), input).to.equal(expected);
    expect(delimitedField('=HYPERLINK("http://x","y")', ",")).to.equal(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it("flattens line breaks to single spaces on a Moses line", () => {
    expect(mosesLine(["first", "second"])).to.equal("first second");
    expect(mosesLine(["a\r\nb", "c\u2028d\u2029e"])).to.equal("a b c d e");
    expect(mosesLine(["a \n  b"])).to.equal("a b");
    expect(mosesLine(["x\u0085y"])).to.equal("x y");
    expect(mosesLine(["tab\tstays"])).to.equal("tab\tstays");
  });
});
