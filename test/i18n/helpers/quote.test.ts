/**
 * {{quote text}}: the text in the page language's quotation marks (« » in Arabic, “ ” in English),
 * isolated, escaped, with invisible characters shown.
 */
import { expect } from "chai";
import { render } from "./render.js";

describe("quote", () => {
  it("quotes in « » in the Arabic interface and “ ” in the English one", () => {
    expect(render("{{quote s}}", { s: "الحكومة" }, "ar")).to.equal("«<bdi>الحكومة</bdi>»");
    expect(render("{{quote s}}", { s: "government" }, "en")).to.equal("“<bdi>government</bdi>”");
  });

  it("escapes the text and shows its invisible characters", () => {
    const out = render("{{quote s}}", { s: "<b>x</b>\u202E" }, "en");
    expect(out).to.include("&lt;b&gt;x&lt;/b&gt;").and.include('<span class="control"');
    expect(out).to.not.include("<b>");
  });
});
