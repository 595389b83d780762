/**
 * A typed `fetch` over the API's generated `paths` (client/openapi.d.ts): the call shape of
 * openapi-fetch (`api.POST("/v1/subscriptions/{id}/cancel", { params: { path: { id } }, body })`
 * resolving to `{ data, error, response }`), with only what the SDK and a page need — JSON bodies,
 * path and query parameters, headers, one request hook and one response hook. openapi-fetch did the
 * same with serialisers, middleware chains and body parsers the browser script never used: 2.2 KB
 * of its 30 KB gzip budget; this is about 0.3.
 */
import type { paths } from "./openapi";

type Method = "get" | "post" | "delete" | "patch" | "put";

/** The paths that have an operation for `M` (the generated types say `put?: never` where there is none). */
export type PathsWith<M extends Method> = {
  [P in keyof paths]: paths[P] extends { [K in M]: unknown } ? P : never;
}[keyof paths];

type Operation<P extends keyof paths, M extends Method> = paths[P] extends { [K in M]: infer O } ? O : never;

/** An object with no keys: `Empty extends T` holds when every key of T is optional. */
type Empty = Record<never, never>;

/** `path` (required where the URL has placeholders) and `query` parameters, as generated. */
type ParamsOf<O> = O extends { parameters: infer Params }
  ? { [K in keyof Params as K extends "path" | "query" ? K : never]: Params[K] }
  : Empty;
type ParamsOption<O> = Empty extends ParamsOf<O> ? { params?: ParamsOf<O> } : { params: ParamsOf<O> };

type JsonBody<O> = O extends { requestBody?: { content: { "application/json": infer B } } } ? B : never;
type BodyOption<O> = [JsonBody<O>] extends [never]
  ? { body?: never }
  : O extends { requestBody: unknown }
    ? { body: JsonBody<O> }
    : { body?: JsonBody<O> };

/** `blob` or `stream` leave a non-JSON answer (a CSV export, a response to hand on) unparsed. */
type ParseAs = "json" | "blob" | "stream";

export type RequestOptions<O, A extends ParseAs = ParseAs> = ParamsOption<O> &
  BodyOption<O> & { headers?: Record<string, string | undefined>; signal?: AbortSignal; parseAs?: A };

type Responses<O> = O extends { responses: infer R } ? R : never;
type JsonOf<R> = R extends { content: { "application/json": infer T } } ? T : undefined;
type Success = 200 | 201 | 202 | 204;
/** The JSON of the operation's 2xx answers. */
export type SuccessData<O> = JsonOf<Responses<O>[Success & keyof Responses<O>]>;
/** The JSON of its other answers (the API's error envelope). */
export type ErrorBody<O> = JsonOf<Responses<O>[Exclude<keyof Responses<O>, Success>]>;

/** Data on a 2xx answer, the parsed error body otherwise; `response` either way (status, ETag, …). */
export type FetchResult<O, A extends ParseAs = "json"> =
  | {
      data: A extends "blob" ? Blob : A extends "stream" ? ReadableStream<Uint8Array> | null : SuccessData<O>;
      error?: undefined;
      response: Response;
    }
  | { data?: undefined; error: ErrorBody<O> | string | undefined; response: Response };

type Call<M extends Method> = <P extends PathsWith<M>, A extends ParseAs = "json">(
  path: P,
  ...options: Empty extends RequestOptions<Operation<P, M>, A>
    ? [RequestOptions<Operation<P, M>, A>?]
    : [RequestOptions<Operation<P, M>, A>]
) => Promise<FetchResult<Operation<P, M>, A>>;

export interface TypedFetch {
  GET: Call<"get">;
  POST: Call<"post">;
  DELETE: Call<"delete">;
  PATCH: Call<"patch">;
  PUT: Call<"put">;
}

export interface TypedFetchOptions {
  baseUrl: string;
  /** Sent with every request (a call's own `headers` win). */
  headers?: Record<string, string>;
  fetch: (request: Request) => Promise<Response>;
  /** May change the request (e.g. add the customer session) or throw to refuse it. */
  onRequest?: (request: Request) => Promise<Request> | Request;
  /** Sees every answer before it is parsed. */
  onResponse?: (request: Request, response: Response) => void;
}

type AnyOptions = {
  params?: { path?: Record<string, string | number>; query?: Record<string, unknown> };
  body?: unknown;
  headers?: Record<string, string | undefined>;
  signal?: AbortSignal;
  parseAs?: ParseAs;
};

/** `?a=1&tags=x&tags=y&metadata[plan]=pro`: arrays repeated (form, explode), objects as deepObject, empty values skipped. */
export function queryString(query: Record<string, unknown> = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) search.append(name, String(item));
    else if (typeof value === "object") for (const [key, inner] of Object.entries(value)) search.append(`${name}[${key}]`, String(inner));
    else search.append(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export function createTypedFetch(options: TypedFetchOptions): TypedFetch {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const call = async (method: string, path: string, init: AnyOptions = {}) => {
    const pathParams = init.params?.path ?? {};
    const url =
      baseUrl +
      path.replace(/\{([^{}]+)\}/g, (_, name: string) => encodeURIComponent(String(pathParams[name]))) +
      queryString(init.params?.query);
    const headers = new Headers(options.headers);
    for (const [name, value] of Object.entries(init.headers ?? {})) if (value !== undefined) headers.set(name, value);
    if (init.body !== undefined) headers.set("Content-Type", "application/json");
    let request = new Request(url, {
      method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
    if (options.onRequest) request = await options.onRequest(request);
    const response = await options.fetch(request);
    options.onResponse?.(request, response);
    if (response.ok && init.parseAs === "stream") return { data: response.body, response };
    if (response.ok && init.parseAs === "blob") return { data: await response.blob(), response };
    const text = response.status === 204 ? "" : await response.text();
    if (response.ok) return { data: text ? JSON.parse(text) : undefined, response };
    let error: unknown = text || undefined;
    try {
      error = JSON.parse(text);
    } catch {
      // Not JSON (a proxy's HTML page): the text stands as the error.
    }
    return { error, response };
  };
  const verb = (method: string) => (path: string, init?: AnyOptions) => call(method, path, init);
  return { GET: verb("GET"), POST: verb("POST"), DELETE: verb("DELETE"), PATCH: verb("PATCH"), PUT: verb("PUT") } as unknown as TypedFetch;
}
