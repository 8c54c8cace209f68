/**
 * What every route handler gets: the store, the page renderer and the background work (worker
 * threads for heavy tasks, the findings refresher). Passed explicitly, no globals,
 * so tests build an app on their own database file.
 */
import type { Store } from "./store/types.js";
import type { Renderer } from "./web/view-engine.js";
import type { Background } from "./jobs/background.js";

export type AppContext = { store: Store; render: Renderer; background: Background };
