import { describe, expect, it } from "vitest";
import { buildApp } from "../../app/routes";
import committed from "../../openapi.json";
import { call } from "../../test/fixtures";
import { openApiDocument } from "./docs.index";

describe("API documentation", () => {
  it("serves an OpenAPI 3.1 document that lists the routes", async () => {
    const response = await call("/openapi.json");
    expect(response.status).toBe(200);
    const document = await response.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toContain("/health");
  });

  it("keeps worker/openapi.json in step with the routes (run `npm run openapi` after changing a route)", () => {
    expect(committed, "worker/openapi.json is stale: run `npm run openapi`").toEqual(
      JSON.parse(JSON.stringify(openApiDocument(buildApp()))),
    );
  });

  it("serves the interactive docs page without inline script", async () => {
    const response = await call("/docs");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<script src="/docs/swagger-ui-bundle.js"></script>');
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
  });
});
