import { expect } from "chai";
import { controlLabel, showControls } from "../../../server/i18n/helpers/show-controls.js";

const html = (text: string) => showControls(text).toString();
const hex = (cp: number) => cp.toString(16).toUpperCase().padStart(4, "0");

/** The characters the task names, with the label each must show. */
const NAMED: [number, string][] = [
  [0x202e, "RLO"], [0x202d, "LRO"], [0x202a, "LRE"], [0x202b, "RLE"], [0x202c, "PDF"],
  [0x2066, "LRI"], [0x2067, "RLI"], [0x2068, "FSI"], [0x2069, "PDI"],
  [0x200e, "LRM"], [0x200f, "RLM"], [0x061c, "ALM"], [0x200b, "ZWSP"], [0x200c, "ZWNJ"], [0x200d, "ZWJ"],
  [0x2060, "WJ"], [0xfeff, "ZWNBSP"], [0x00ad, "SHY"], [0x2061, "FA"], [0x2062, "IT"], [0x2063, "IS"], [0x2064, "IP"],
  [0x3164, "HF"], [0x115f, "HF"], [0x1160, "HF"], [0xffa0, "HF"], [0x034f, "CGJ"], [0x2800, "BLANK"],
  [0xe0001, "LANG TAG"], [0xe0061, "TAG a"], [0xe007f, "CANCEL TAG"], [0xe0000, "E0000"],
  [0xfe00, "VS1"], [0xfe0f, "VS16"], [0xe0100, "VS17"], [0xe01ef, "VS256"], [0x180b, "180B"],
  [0x0600, "0600"], [0x06dd, "06DD"], [0x0007, "0007"], [0x009b, "009B"], [0x2028, "LS"], [0x2029, "PS"],
];

/** Ranges that must be marked whole, independently of the implementation's pattern. */
const RANGES: [number, number][] = [
  [0xe0000, 0xe007f], [0xfe00, 0xfe0f], [0xe0100, 0xe01ef], [0x2061, 0x2064], [0x202a, 0x202e], [0x2066, 0x2069],
  [0x0001, 0x0008], [0x000e, 0x001f], [0x007f, 0x009f],
];

/** Visible text that must come through as itself (escaped). */
const UNCHANGED = [
  "plain text", "الجامعة العربية", "مُحَمَّد", "كـتـاب", "١٢١٧٤", "a\u00A0b", "tab\there", "line\nbreak", "e\u0301", "😀", "日本語", "\u3000",
];

function expectMarked(cp: number, label?: string): void {
  const char = String.fromCodePoint(cp);
  const out = html(`a${char}b`);
  expect(out, `U+${hex(cp)}`).to.not.include(char);
  expect(out, `U+${hex(cp)}`).to.match(new RegExp(`^a<span class="control" title="U\\+${hex(cp)}">[^<]+</span>b$`, "u"));
  if (label) expect(controlLabel(char), `U+${hex(cp)}`).to.equal(label);
}

describe("showControls", () => {
  it("marks each named invisible character with its label", () => {
    for (const [cp, label] of NAMED) expectMarked(cp, label);
  });

  it("marks every character of the tag, variation-selector, invisible-operator, bidi and control ranges", () => {
    for (const [from, to] of RANGES) for (let cp = from; cp <= to; cp++) expectMarked(cp);
  });

  it("marks every format (Cf) and default-ignorable character in Unicode", () => {
    const property = /^[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;
    let count = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (!property.test(String.fromCodePoint(cp))) continue;
      expectMarked(cp);
      count++;
    }
    expect(count).to.be.greaterThan(4000);
  });

  it("leaves visible text alone: letters, Arabic with tashkeel and tatweel, digits, spaces, tab, newline, emoji", () => {
    for (const text of UNCHANGED) expect(html(text), JSON.stringify(text)).to.equal(text);
  });

  it("escapes HTML around and inside markers", () => {
    expect(html("<b>\u202E&")).to.equal('&lt;b&gt;<span class="control" title="U+202E">RLO</span>&amp;');
    expect(html(`x${String.fromCodePoint(0xe003c)}y`)).to.equal('x<span class="control" title="U+E003C">TAG &lt;</span>y');
  });

  it("gives plain text markers for the page title", () => {
    expect(showControls("gnp.\u202Eexe\u00AD<", { hash: { plain: true } }).toString()).to.equal("gnp.[RLO]exe[SHY]&lt;");
  });

  it("writes the characters as references for values a form sends back", () => {
    const out = showControls(`"a\u202Eb\u00AD${String.fromCodePoint(0xe0061)}"`, { hash: { references: true } }).toString();
    expect(out).to.equal("&quot;a&#x202E;b&#xAD;&#xE0061;&quot;");
  });
});
