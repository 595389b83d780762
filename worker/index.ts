import { buildApp } from "./app/routes";

const app = buildApp();

export default app satisfies ExportedHandler<Env>;
