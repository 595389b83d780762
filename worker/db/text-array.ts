/**
 * `text[]` for postgres.js. We skip its type-catalogue fetch (one round trip per connection, and
 * Hyperdrive gives us a connection per request), so array columns need an explicit codec.
 */
export const textArray = {
  to: 1009,
  from: [1009],
  serialize: (values: string[]) => `{${values.map((value) => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`,
  parse: parseTextArray,
};

/** Parses a one-dimensional Postgres array literal such as `{a,"b c","d\"e"}`. */
export function parseTextArray(literal: string): string[] {
  const body = literal.slice(1, -1);
  const values: string[] = [];
  let index = 0;
  while (index < body.length) {
    let value = "";
    if (body[index] === '"') {
      index++;
      while (index < body.length && body[index] !== '"') {
        if (body[index] === "\\") index++;
        value += body[index];
        index++;
      }
      index += 2; // closing quote and comma
    } else {
      const end = body.indexOf(",", index);
      value = body.slice(index, end === -1 ? body.length : end);
      index = end === -1 ? body.length : end + 1;
    }
    values.push(value);
  }
  return values;
}
