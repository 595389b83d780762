import { errors } from "./errors";
import type { FormObject, FormValue } from "./form";

/**
 * A declared parameter shape per endpoint. Anything not declared is refused the way Stripe refuses it
 * (`parameter_unknown`), so a typo in a caller fails here exactly as it would against Stripe.
 */
export type Spec =
  | "string"
  | "integer"
  | "boolean"
  | "metadata"
  | "timestamp_or_now"
  | "any"
  | { readonly enum: readonly string[] }
  | { readonly array: Spec }
  | { readonly object: Shape };
export type Shape = { readonly [key: string]: Spec };

export type Out<S> = S extends "string"
  ? string
  : S extends "integer"
    ? number
    : S extends "boolean"
      ? boolean
      : S extends "metadata"
        ? Record<string, string>
        : S extends "timestamp_or_now"
          ? number | "now"
          : S extends { readonly enum: readonly (infer E)[] }
            ? E
            : S extends { readonly array: infer I }
              ? Out<I>[]
              : S extends { readonly object: infer O }
                ? Parsed<O>
                : unknown;
/** Every parsed parameter is optional; `null` means the caller sent an empty string (Stripe's "unset"). */
export type Parsed<O> = { -readonly [K in keyof O]?: Out<O[K]> | null };

const METADATA_MAX_KEYS = 50;
const METADATA_KEY_MAX = 40;
const METADATA_VALUE_MAX = 500;

function parseMetadata(value: FormValue, param: string): Record<string, string> {
  if (typeof value === "string" || Array.isArray(value))
    throw errors.invalidParam(param, "Invalid metadata: must be a hash.", "parameter_invalid");
  const keys = Object.keys(value);
  if (keys.length > METADATA_MAX_KEYS)
    throw errors.invalidParam(
      param,
      `Invalid metadata: metadata can have up to ${METADATA_MAX_KEYS} keys, but you passed in ${keys.length} keys.`,
      "parameter_invalid",
    );
  const out: Record<string, string> = {};
  for (const key of keys) {
    const entry = value[key];
    if (key.length > METADATA_KEY_MAX)
      throw errors.invalidParam(
        `${param}[${key}]`,
        `Metadata key names must be at most ${METADATA_KEY_MAX} characters, but you passed in a key of length ${key.length}.`,
        "parameter_invalid",
      );
    if (typeof entry !== "string") throw errors.invalidParam(`${param}[${key}]`, "Metadata values must be strings.", "parameter_invalid");
    if (entry.length > METADATA_VALUE_MAX)
      throw errors.invalidParam(
        `${param}[${key}]`,
        `Metadata values can have up to ${METADATA_VALUE_MAX} characters, but you passed in a value that is ${entry.length} characters.`,
        "parameter_invalid",
      );
    out[key] = entry;
  }
  return out;
}

function parseInteger(value: string, param: string): number {
  if (!/^-?\d+$/.test(value)) throw errors.invalidInteger(param, value);
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw errors.invalidInteger(param, value);
  return number;
}

function parseValue(spec: Spec, value: FormValue, param: string): unknown {
  if (value === "" && spec !== "string") return null;
  if (spec === "any") return value;
  if (spec === "metadata") return parseMetadata(value, param);
  if (typeof spec === "object" && "array" in spec) {
    const items = Array.isArray(value) ? value : typeof value === "object" ? Object.values(value) : undefined;
    if (!items) throw errors.invalidParam(param, `Invalid array`, "parameter_invalid");
    return items.map((item, index) => parseValue(spec.array, item, `${param}[${index}]`));
  }
  if (typeof spec === "object" && "object" in spec) {
    if (typeof value !== "object" || Array.isArray(value)) throw errors.invalidParam(param, `Invalid object`, "parameter_invalid");
    return parseShape(value, spec.object, `${param}[`);
  }
  if (typeof value !== "string")
    throw errors.invalidParam(param, `Invalid ${typeof spec === "string" ? spec : "value"}: expected a scalar`, "parameter_invalid");
  if (spec === "string") return value === "" ? null : value;
  if (spec === "integer") return parseInteger(value, param);
  if (spec === "timestamp_or_now") return value === "now" ? "now" : parseInteger(value, param);
  if (spec === "boolean") {
    if (value !== "true" && value !== "false") throw errors.invalidParam(param, `Invalid boolean: ${value}`, "parameter_invalid");
    return value === "true";
  }
  if (!spec.enum.includes(value))
    throw errors.invalidParam(param, `Invalid ${param}: must be one of ${spec.enum.join(", ")}`, "parameter_invalid");
  return value;
}

function parseShape(input: FormObject, shape: Shape, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const close = prefix === "" ? "" : "]";
  for (const key of Object.keys(input)) {
    const spec = shape[key];
    const param = `${prefix}${key}${close}`;
    if (!spec) throw errors.unknownParam(param);
    out[key] = parseValue(spec, input[key] as FormValue, param);
  }
  return out;
}

/** Checks `input` against `shape` (plus `expand`, accepted everywhere) and the required names. */
export function parseParams<S extends Shape>(input: FormObject, shape: S, required: readonly (keyof S & string)[] = []): Parsed<S> {
  const { expand: _expand, ...rest } = input;
  const out = parseShape(rest, shape, "") as Parsed<S>;
  for (const name of required) if (out[name] === undefined || out[name] === null) throw errors.missingParam(name);
  return out;
}

/** The `expand[]` list of a request, flattened. */
export function expandList(input: FormObject): string[] {
  const value = input.expand;
  if (value === undefined) return [];
  if (typeof value === "string") return [value];
  return (Array.isArray(value) ? value : Object.values(value)).filter((item): item is string => typeof item === "string");
}

/** Stripe's metadata update rule: an empty value deletes a key, an empty `metadata` clears all. */
export function mergeMetadata(current: Record<string, string> | null, update: Record<string, string> | null | undefined) {
  if (update === undefined) return current ?? {};
  if (update === null) return {};
  const next = { ...(current ?? {}) };
  for (const [key, value] of Object.entries(update)) {
    if (value === "") delete next[key];
    else next[key] = value;
  }
  if (Object.keys(next).length > METADATA_MAX_KEYS)
    throw errors.invalidParam("metadata", `Invalid metadata: metadata can have up to ${METADATA_MAX_KEYS} keys.`, "parameter_invalid");
  return next;
}
