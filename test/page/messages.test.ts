/** The page's sentences: templates filled, row numbers in the reader's digits, refusals in the server's words or the page's own. */
import { expect } from "chai";
import { fillTemplate, formatNumber, refusalText } from "../../server/page/messages.js";

describe("page script: messages", () => {
  it("fills {{name}} placeholders and leaves unknown ones", () => {
    expect(fillTemplate("Row {{row}} is the current row.", { row: "12" })).to.equal("Row 12 is the current row.");
    expect(fillTemplate("الصف {{ row }} هو الصف الحالي.", { row: "١٢" })).to.equal("الصف ١٢ هو الصف الحالي.");
    expect(fillTemplate("{{a}} and {{b}}", { a: "x" })).to.equal("x and {{b}}");
    expect(fillTemplate("{{constructor}}", {})).to.equal("{{constructor}}", "no inherited property counts");
  });

  it("writes row numbers as the server does: Arabic-Indic digits in Arabic, Western in English", () => {
    expect(formatNumber("ar", 123)).to.equal("١٢٣");
    expect(formatNumber("en", 1234)).to.equal("1,234");
  });

  it("says the server's refusal, or the page's own sentence when there is none", () => {
    expect(refusalText({ error: "conflict", message: "Someone changed this row." }, "No answer.")).to.equal("Someone changed this row.");
    expect(refusalText({ error: "x" }, "No answer.")).to.equal("No answer.");
    expect(refusalText({ message: "  " }, "No answer.")).to.equal("No answer.");
    expect(refusalText(null, "No answer.")).to.equal("No answer.");
    expect(refusalText("text", "No answer.")).to.equal("No answer.");
  });
});
