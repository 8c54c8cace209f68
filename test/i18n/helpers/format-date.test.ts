/**
 * {{formatDate}}: a day, or a day and time (UTC), written for the page's language (the month by its
 * name, in Arabic too, with Arabic-Indic digits); what is not a
 * date comes through as itself, and nothing for no value.
 */
import { expect } from "chai";
import { render } from "./render.js";

describe("formatDate", () => {
  const TABLE: [unknown, string, string][] = [
    ["2024-05-01", "1 May 2024", "١ مايو ٢٠٢٤"],
    ["2024-05-01T13:45:00Z", "1 May 2024, 13:45", "١ مايو ٢٠٢٤ في ١:٤٥ م"],
    ["yesterday", "yesterday", "yesterday"],
    ["", "", ""],
    [undefined, "", ""],
    [1714521600000, "", ""],
  ];
  for (const [value, en, ar] of TABLE) {
    it(`writes ${JSON.stringify(value)} for each language`, () => {
      expect(render("{{formatDate value}}", { value }, "en")).to.equal(en);
      expect(render("{{formatDate value}}", { value }, "ar")).to.equal(ar);
    });
  }

  it("escapes a value that is not a date", () => {
    expect(render("{{formatDate value}}", { value: "<b>" })).to.equal("&lt;b&gt;");
  });
});
