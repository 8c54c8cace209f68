/**
 * What every route handler gets: the store and the page renderer. Passed explicitly, no globals,
 * so tests build an app on their own database file.
 */
import type { Store } from "./store/types.js";
import type { Renderer } from "./web/view-engine.js";

export type AppContext = { store: Store; render: Renderer };
