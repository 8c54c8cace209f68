/**
 * {{labelOf group value}}: a value from data named in the page's language when the locales name
 * it, else shown as it is, escaped.
 */
import { expect } from "chai";
import { render } from "./render.js";

describe("labelOf", () => {
  it("names a known glossary kind and history action in each language", () => {
    expect(render('{{labelOf "glossary.kinds" k}}', { k: "organisation" }, "ar")).to.equal("جهة");
    expect(render('{{labelOf "glossary.kinds" k}}', { k: "organisation" }, "en")).to.equal("Organisation");
    expect(render('{{labelOf "history.actions" k}}', { k: "merge" }, "ar")).to.equal("دمج صفين");
    expect(render('{{labelOf "history.actions" k}}', { k: "login-failed" }, "ar")).to.equal("محاولة دخول فاشلة");
  });

  it("shows a value the locales do not name as it is, escaped, and never looks up a path", () => {
    expect(render('{{labelOf "glossary.kinds" k}}', { k: "<i>ministry</i>" }, "ar")).to.equal("&lt;i&gt;ministry&lt;/i&gt;");
    expect(render('{{labelOf "glossary.kinds" k}}', { k: "vessel" }, "ar")).to.equal("vessel");
    expect(render('{{labelOf "glossary" k}}', { k: "kinds.person" }, "ar")).to.equal("kinds.person");
    expect(render('{{labelOf "glossary.kinds" k}}', { k: "" }, "ar")).to.equal("");
  });
});
