import { describe, expect, it } from "vitest";
import { buildApp } from "../../app/routes";
import { routeRegistry, SECURITY_SCHEMES } from "../../auth/access";
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

  describe("can be used by a newcomer", () => {
    type Schema = {
      $ref?: string;
      type?: string | string[];
      example?: unknown;
      enum?: unknown[];
      default?: unknown;
      anyOf?: Schema[];
      properties?: Record<string, Schema>;
    };
    type Operation = { security?: Array<Record<string, string[]>>; requestBody?: { content: { "application/json": { schema: Schema } } } };
    const document = openApiDocument(buildApp()) as unknown as {
      info: { description: string };
      paths: Record<string, Record<string, Operation>>;
      components: {
        securitySchemes: Record<string, { type: string; scheme?: string; in?: string; name?: string }>;
        schemas: Record<string, Schema>;
      };
    };
    const operation = (method: string, path: string) =>
      document.paths[path.replace(/:(\w+)/g, "{$1}")]?.[method.toLowerCase()] as Operation;

    it("declares a security scheme per credential, so Authorize takes the demo secret key as a bearer token", () => {
      expect(Object.keys(document.components.securitySchemes).sort()).toEqual(
        ["customerSession", "merchantUser", "organization", "publishableKey", "restrictedKey", "secretKey"].sort(),
      );
      expect(document.components.securitySchemes.secretKey).toMatchObject({ type: "http", scheme: "bearer" });
      expect(document.components.securitySchemes.organization).toMatchObject({
        type: "apiKey",
        in: "header",
        name: "BillingOS-Organization",
      });
    });

    it("names on every registered route exactly the schemes its access rule accepts", () => {
      expect(routeRegistry.length).toBeGreaterThan(50);
      for (const route of routeRegistry) {
        const security = operation(route.method, route.path)?.security;
        expect(security, `${route.method} ${route.path}`).toHaveLength(route.access.principals.length);
        for (const requirement of security ?? [])
          for (const scheme of Object.keys(requirement))
            expect(Object.keys(SECURITY_SCHEMES), `${route.method} ${route.path}`).toContain(scheme);
      }
      expect(operation("GET", "/v1/products").security).toEqual([
        { merchantUser: [], organization: [] },
        { secretKey: [] },
        { restrictedKey: [] },
      ]);
      // The admin's pricing preview reads it as the merchant's people (their organisation and mode).
      expect(operation("GET", "/v1/pricing").security).toEqual([{ publishableKey: [] }, { merchantUser: [], organization: [] }]);
      expect(operation("POST", "/v1/checkout_sessions").security).toContainEqual({ customerSession: [] });
      expect(operation("POST", "/v1/organizations").security).toEqual([{ merchantUser: [] }]);
    });

    it("explains credentials, errors, idempotency and pagination, each with an example", () => {
      const sections = document.info.description.split("\n## ").slice(1);
      expect(sections.map((section) => section.split("\n")[0])).toEqual(["Credentials", "Errors", "Idempotency", "Pagination"]);
      for (const section of sections) expect(section, section.split("\n")[0]).toMatch(/```(sh|json)\n.+\n```/);
    });

    it("gives the first calls' request fields realistic examples, not 'string' or -1000000", () => {
      const resolve = (schema: Schema): Schema =>
        schema.$ref ? resolve(document.components.schemas[schema.$ref.split("/").pop() as string] as Schema) : schema;
      const exampleOf = (schema: Schema): unknown =>
        schema.example ?? schema.enum?.[0] ?? schema.default ?? schema.anyOf?.map(exampleOf).find((value) => value !== undefined);
      const fields = (method: string, path: string) => {
        const body = resolve(operation(method, path).requestBody?.content["application/json"].schema as Schema);
        return Object.entries(body.properties ?? {}).map(([name, schema]) => [name, resolve(schema)] as const);
      };
      const examples = (method: string, path: string) =>
        Object.fromEntries(fields(method, path).map(([name, schema]) => [name, exampleOf(schema)]));
      expect(examples("POST", "/v1/products")).toMatchObject({ name: "Pro", display_order: 2, lookup_key: "pro_monthly" });
      expect(examples("POST", "/v1/prices")).toMatchObject({ product: "prod_demoPro", currency: "usd", unit_amount: 1999 });
      expect(examples("POST", "/v1/customers")).toMatchObject({ email: "jenny@example.com", name: "Jenny Rosen" });
      expect(examples("POST", "/v1/customer_sessions")).toMatchObject({ customer: "cus_demoAda" });
      expect(examples("POST", "/v1/checkout_sessions")).toMatchObject({ price: "price_demoProMonthly", currency: "usd", quantity: 1 });
      for (const [method, path] of [
        ["POST", "/v1/products"],
        ["POST", "/v1/prices"],
        ["POST", "/v1/customers"],
        ["POST", "/v1/checkout_sessions"],
      ] as const)
        for (const [field, schema] of fields(method, path))
          if (schema.type !== "boolean" && schema.type !== "object")
            expect(exampleOf(schema), `${method} ${path} ${field}`).not.toBeUndefined();
    });
  });
});
