/**
 * Stripe's request encoding: `application/x-www-form-urlencoded` with bracketed keys
 * (`items[0][price]=…`, `expand[]=…`, `metadata[plan]=…`). The same parser reads query strings.
 */
export type FormValue = string | FormObject | FormValue[];
export interface FormObject {
  [key: string]: FormValue;
}

/** Splits `a[b][0][c]` into `["a", "b", "0", "c"]`; `a[]` yields an empty segment meaning "append". */
function keyPath(key: string): string[] {
  const open = key.indexOf("[");
  if (open <= 0) return [key];
  const path = [key.slice(0, open)];
  const pattern = /\[([^\]]*)\]/g;
  for (const match of key.slice(open).matchAll(pattern)) path.push(match[1] ?? "");
  return path;
}

function setPath(root: FormObject, path: string[], value: string) {
  let node: FormObject = root;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as string;
    const last = i === path.length - 1;
    const key = segment === "" ? String(Object.keys(node).length) : segment;
    if (last) {
      node[key] = value;
      return;
    }
    const existing = node[key];
    if (existing === undefined || typeof existing === "string") node[key] = {};
    node = node[key] as FormObject;
  }
}

/** Objects whose keys are exactly 0..n-1 came from arrays (`a[0]`, `a[]`); turn them back into arrays. */
function arraysFromIndexes(value: FormValue): FormValue {
  if (typeof value === "string" || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  for (const key of keys) value[key] = arraysFromIndexes(value[key] as FormValue);
  const isArray = keys.length > 0 && keys.every((key, index) => key === String(index));
  return isArray ? keys.map((key) => value[key] as FormValue) : value;
}

export function parseForm(body: string): FormObject {
  const root: FormObject = {};
  if (body === "") return root;
  for (const pair of body.split("&")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const rawValue = eq === -1 ? "" : pair.slice(eq + 1);
    const key = decodeURIComponent(rawKey.replace(/\+/g, " "));
    const value = decodeURIComponent(rawValue.replace(/\+/g, " "));
    setPath(root, keyPath(key), value);
  }
  // Numeric keys under a top-level object such as metadata stay keys; only whole 0..n-1 runs become arrays.
  for (const key of Object.keys(root)) root[key] = arraysFromIndexes(root[key] as FormValue);
  return root;
}
