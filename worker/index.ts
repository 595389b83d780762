import { buildApp } from "./app/routes";
import { scheduled } from "./scheduled";

const app = buildApp();

export default { fetch: app.fetch, scheduled } satisfies ExportedHandler<Env>;
