/**
 * Input no schema should have to think about: text Postgres cannot store (NUL; an unpaired UTF-16
 * surrogate, which jsonb refuses and a text column would silently turn into U+FFFD) and object keys
 * that JavaScript treats as the prototype (`JSON.parse` makes `__proto__` an own key, but copying it
 * into a record changes the prototype instead, so the key vanishes and a different object is written).
 */

const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const NUL = "\u0000";
/** With the `u` flag a surrogate range matches only unpaired surrogates (pairs are one code point). */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

export interface UnsafeInput {
  path: string[];
  message: string;
}

function textProblem(text: string): string | undefined {
  if (text.includes(NUL)) return "must not contain NUL (U+0000) characters.";
  if (LONE_SURROGATE.test(text)) return "must be valid Unicode text (it contains an unpaired surrogate).";
  return undefined;
}

/**
 * The first unsafe string or key in `value` (a parsed JSON body, or query or path parameters) with
 * its path; an object's keys are checked before its values. Walks with an explicit stack: a deeply
 * nested body must not overflow the call stack.
 */
export function findUnsafeInput(value: unknown): UnsafeInput | undefined {
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: string[] };
    if (typeof current === "string") {
      const message = textProblem(current);
      if (message) return { path, message };
      continue;
    }
    if (current === null || typeof current !== "object") continue;
    const children: { value: unknown; path: string[] }[] = [];
    if (Array.isArray(current)) {
      current.forEach((item, index) => {
        children.push({ value: item, path: [...path, String(index)] });
      });
    } else {
      for (const key of Object.keys(current)) {
        const keyPath = [...path, key];
        const message = UNSAFE_KEYS.has(key)
          ? `"${key}" is not allowed as a key (it would change the object's prototype in JavaScript).`
          : textProblem(key);
        if (message) return { path: keyPath, message };
        children.push({ value: (current as Record<string, unknown>)[key], path: keyPath });
      }
    }
    stack.push(...children.reverse());
  }
  return undefined;
}
