/**
 * Every Handlebars helper the views may use, registered in one place.
 */
import type Handlebars from "handlebars";
import { t } from "./t.js";
import { formatNumber } from "./format-number.js";
import { formatDate } from "./format-date.js";
import { eq } from "./eq.js";
import { concat } from "./concat.js";
import { actionKey } from "./action-key.js";
import { showControls } from "./show-controls.js";
import { markText } from "./mark-text.js";
import { canEditSide } from "./can-edit-side.js";
import { quote } from "./quote.js";
import { labelOf } from "./label-of.js";

export const HELPERS = { t, formatNumber, formatDate, eq, concat, actionKey, showControls, markText, canEditSide, quote, labelOf } as const;

export function registerHelpers(hbs: typeof Handlebars): void {
  for (const [name, helper] of Object.entries(HELPERS)) hbs.registerHelper(name, helper as Handlebars.HelperDelegate);
}
