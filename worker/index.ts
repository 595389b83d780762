import { buildApp } from "./app/routes";
import { runScheduledJobs } from "./app/scheduled";

const app = buildApp();

export default {
  fetch: app.fetch,
  scheduled(_controller, env, ctx) {
    ctx.waitUntil(runScheduledJobs(env));
  },
} satisfies ExportedHandler<Env>;
