/**
 * Stacks series per x for a bar chart: positive values pile upward from 0 and negative ones downward,
 * each series drawn up to its running total. Returns the running totals (null where a value is null; 0 where it
 * is 0: no bar, rather than one drawn to the other stack's total).
 */
export function stackValues(series: Array<Array<number | null>>): Array<Array<number | null>> {
  const up: number[] = [];
  const down: number[] = [];
  return series.map((values) =>
    values.map((value, index) => {
      if (value == null || value === 0) return value;
      const totals = value >= 0 ? up : down;
      totals[index] = (totals[index] ?? 0) + value;
      return totals[index] as number;
    }),
  );
}

/** The x scale's range with half a step each side, so the first and last bars are whole. */
export function barRange(x: number[]): [number, number] {
  const step = x.length > 1 ? Math.min(...x.slice(1).map((value, index) => value - (x[index] as number))) : 86_400;
  return [(x[0] as number) - step / 2, (x[x.length - 1] as number) + step / 2];
}
