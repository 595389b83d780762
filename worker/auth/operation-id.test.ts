import { describe, expect, it } from "vitest";
import { buildApp } from "../app/routes";
import { openApiDocument } from "../routes/docs/docs.index";
import { operationIdOf } from "./operation-id";

const operations = Object.entries(openApiDocument(buildApp()).paths ?? {}).flatMap(([path, item]) =>
  Object.entries(item ?? {})
    .filter(([method]) => ["get", "post", "put", "patch", "delete"].includes(method))
    .map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, id: (operation as { operationId?: string }).operationId })),
);

describe("operationId", () => {
  it("is set on every operation, camelCase, and unique", () => {
    expect(operations.length).toBeGreaterThan(80);
    const invalid = operations.filter(({ id }) => !id || !/^[a-z][A-Za-z0-9]*$/.test(id));
    expect(invalid, "operations without a camelCase operationId").toEqual([]);
    const routesOf = new Map<string, string[]>();
    for (const { id, route } of operations) routesOf.set(id ?? "", [...(routesOf.get(id ?? "") ?? []), route]);
    const shared = [...routesOf].filter(([, routes]) => routes.length > 1).map(([id, routes]) => `${id}: ${routes.join(", ")}`);
    expect(shared, "operationIds used by more than one route (name one in NAMED, auth/operation-id.ts)").toEqual([]);
  });

  it("is derived from the method and path, nested resources carrying their parent", () => {
    expect(operationIdOf("get", "/v1/customers")).toBe("listCustomers");
    expect(operationIdOf("post", "/v1/checkout_sessions")).toBe("createCheckoutSession");
    expect(operationIdOf("get", "/v1/invoices/{id}")).toBe("getInvoice");
    expect(operationIdOf("post", "/v1/features/{id}")).toBe("updateFeature");
    expect(operationIdOf("delete", "/v1/products/{id}")).toBe("deleteProduct");
    expect(operationIdOf("post", "/v1/customer_sessions/{id}/revoke")).toBe("revokeCustomerSession");
    expect(operationIdOf("post", "/v1/subscriptions/{id}/undo_cancel")).toBe("undoCancelSubscription");
    expect(operationIdOf("get", "/v1/customers/{id}/payment_methods")).toBe("listCustomerPaymentMethods");
    expect(operationIdOf("delete", "/v1/products/{id}/grants/{feature}")).toBe("deleteProductGrant");
    expect(operationIdOf("get", "/v1/catalogue/export")).toBe("exportCatalogue");
    expect(operationIdOf("get", "/v1/pricing")).toBe("getPricingTable");
  });
});
