import { describe, expect, it } from "vitest";
import current from "../openapi.json";
import released from "../openapi.released.json";
import accepted from "../openapi-changes.json";
import { breakingChanges, type OpenApiDocument, unrecordedChanges } from "./openapi-breaking";

/** A one-route document: GET /v1/things answers a Thing; POST /v1/things takes `name` and an optional `kind`. */
function document(edit: (thing: Record<string, unknown>, input: Record<string, unknown>) => void = () => {}): OpenApiDocument {
  const thing = {
    type: "object",
    properties: { id: { type: "string" }, status: { type: "string", enum: ["active", "archived"] }, email: { type: "string" } },
    required: ["id", "status", "email"],
  };
  const input = {
    type: "object",
    properties: { name: { type: "string" }, kind: { type: "string", enum: ["a", "b"] } },
    required: ["name"],
  };
  edit(thing, input);
  const json = (schema: unknown) => ({ content: { "application/json": { schema } } });
  return {
    components: { schemas: { Thing: thing } },
    paths: {
      "/v1/things": {
        get: {
          operationId: "listThings",
          responses: {
            200: json({ type: "object", properties: { data: { type: "array", items: { $ref: "#/components/schemas/Thing" } } } }),
          },
        },
        post: {
          operationId: "createThing",
          requestBody: { required: true, ...json(input) },
          responses: { 200: json({ $ref: "#/components/schemas/Thing" }) },
        },
      },
    },
  };
}

describe("breaking-change check", () => {
  it("passes additions: a route, a response field, an enum value, an optional input", () => {
    const grown = document((thing, input) => {
      Object.assign(thing.properties as object, { phone: { type: "string" } });
      ((thing.properties as { status: { enum: string[] } }).status.enum as string[]).push("paused");
      Object.assign(input.properties as object, { note: { type: "string" } });
    });
    grown.paths = { ...grown.paths, "/v1/others": { get: { operationId: "listOthers", responses: {} } } };
    expect(breakingChanges(document(), grown)).toEqual([]);
  });

  it("fails a removed response field, wherever the schema is used", () => {
    const shrunk = document((thing) => {
      delete (thing.properties as Record<string, unknown>).email;
      thing.required = ["id", "status"];
    });
    expect(breakingChanges(document(), shrunk)).toEqual([
      "removed response field: GET /v1/things 200 application/json.data[].email",
      "removed response field: POST /v1/things 200 application/json.email",
    ]);
  });

  it("fails a removed enum value, a newly required input, an optional response field, a removed route or a renamed operation", () => {
    const changed = document((thing, input) => {
      (thing.properties as { status: { enum: string[] } }).status.enum = ["active"];
      thing.required = ["id", "status"];
      input.required = ["name", "kind"];
    });
    const things = changed.paths?.["/v1/things"] as Record<string, { operationId: string }>;
    delete things.get;
    (things.post as { operationId: string }).operationId = "makeThing";
    expect(breakingChanges(document(), changed)).toEqual(
      [
        "changed operationId: POST /v1/things createThing → makeThing",
        'removed enum value: POST /v1/things 200 application/json.status "archived"',
        "removed route: GET /v1/things",
        "newly required request field: POST /v1/things body application/json.kind",
        "response field no longer always present: POST /v1/things 200 application/json.email",
      ].sort(),
    );
  });

  it("passes a breaking change recorded with a reason, and only that one", () => {
    const shrunk = document((thing) => {
      delete (thing.properties as Record<string, unknown>).email;
    });
    const change = "removed response field: POST /v1/things 200 application/json.email";
    expect(unrecordedChanges(document(), shrunk, [{ change, reason: "e-mail moved to the contact object" }])).toEqual([
      "removed response field: GET /v1/things 200 application/json.data[].email",
    ]);
    expect(unrecordedChanges(document(), shrunk, [{ change, reason: " " }])).toContain(change);
  });

  it("finds no unrecorded breaking change between worker/openapi.released.json and worker/openapi.json", () => {
    const unrecorded = unrecordedChanges(released as OpenApiDocument, current as OpenApiDocument, accepted.accepted);
    expect(unrecorded, "breaking API changes: undo them, or record each in worker/openapi-changes.json with a reason").toEqual([]);
  });
});
