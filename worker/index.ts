import { buildApp } from "./app/routes";
import { runScheduledJobs } from "./app/scheduled";

const app = buildApp();

export default {
  fetch: app.fetch,
  // Cron Triggers (wrangler.jsonc `triggers.crons`): the background jobs of worker/app/scheduled.ts.
  scheduled(_controller, env, ctx) {
    ctx.waitUntil(runScheduledJobs(env));
  },
} satisfies ExportedHandler<Env>;
