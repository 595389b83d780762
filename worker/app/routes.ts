import { mountDocs } from "../routes/docs/docs.index";
import { healthRouter } from "../routes/health/health.index";
import { createApp } from "./create-app";

/** The whole API: every resource router mounted on the app shell. */
export function buildApp() {
  const app = createApp();
  app.route("/", healthRouter);
  mountDocs(app);
  return app;
}
