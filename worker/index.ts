import { buildApp } from "./app/routes";
import { runDunningSweep } from "./domain/dunning/scheduled";

const app = buildApp();

export default {
  fetch: app.fetch,
  // Cron Triggers (wrangler.jsonc `triggers.crons`): background sweeps.
  scheduled(_controller, env, ctx) {
    ctx.waitUntil(runDunningSweep(env));
  },
} satisfies ExportedHandler<Env>;
