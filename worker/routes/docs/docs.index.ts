import type { OpenAPIHono } from "@hono/zod-openapi";
import { SECURITY_SCHEMES } from "../../auth/access";
import { withOperationIds } from "../../auth/operation-id";
import type { AppEnv } from "../../shared/env";
import { API_GUIDE } from "./api-guide";
import { docsPage } from "./docs.page";

export const OPENAPI_CONFIG: Parameters<OpenAPIHono<AppEnv>["getOpenAPI31Document"]>[0] = {
  openapi: "3.1.0",
  info: {
    title: "BillingOS API",
    version: "1.0.0",
    description: API_GUIDE,
  },
  servers: [{ url: "/", description: "This deployment" }],
};

/** The generated OpenAPI 3.1 document of everything mounted on `app`. */
export function openApiDocument(app: OpenAPIHono<AppEnv>) {
  return withOperationIds(app.getOpenAPI31Document(OPENAPI_CONFIG));
}

/** `/openapi.json` (generated once per isolate) and the interactive docs at `/docs` (Swagger UI from our own assets). */
export function mountDocs(app: OpenAPIHono<AppEnv>) {
  for (const [name, scheme] of Object.entries(SECURITY_SCHEMES)) app.openAPIRegistry.registerComponent("securitySchemes", name, scheme);
  let document: ReturnType<typeof openApiDocument> | undefined;
  app.get("/openapi.json", (c) => {
    document ??= openApiDocument(app);
    return c.json(document);
  });
  app.get("/docs", (c) => c.html(docsPage));
}
