import type { Fragment, TransactionSql } from "postgres";
import { InvalidRequestError } from "../shared/errors";
import { MAX_METADATA_KEYS } from "../shared/schemas";

/**
 * Metadata as written (Stripe's rules): `patch` is merged into `current`, an empty value unsets
 * its key. Written in SQL so the merge and the key limit are one statement: a concurrent update
 * is seen (Postgres re-checks an UPDATE's condition on the row it waited for), so two updates of
 * 30 keys each can never leave 60.
 */
export function mergedMetadata(tx: TransactionSql, current: Fragment, patch: Record<string, string>): Fragment {
  const withUnsets = Object.fromEntries(Object.entries(patch).map(([key, value]) => [key, value === "" ? null : value]));
  return tx`jsonb_strip_nulls(${current} || ${tx.json(withUnsets)}::jsonb)`;
}

/** A condition for the UPDATE that writes `merged`. */
export const withinMetadataLimit = (tx: TransactionSql, merged: Fragment): Fragment =>
  tx`(select count(*) from jsonb_object_keys(${merged})) <= ${MAX_METADATA_KEYS}`;

/** The refusal when that condition failed; `total` is the number of keys the write would have left. */
export const tooManyMetadataKeys = (total: number, owner: string) =>
  new InvalidRequestError(
    "parameter_invalid",
    `Invalid metadata: at most ${MAX_METADATA_KEYS} keys; this would leave the ${owner} with ${total}. Unset a key by sending it with an empty value.`,
    "metadata",
  );

/** How many keys `merged` (over the rows `where` selects, one) holds. */
export async function metadataKeyCount(tx: TransactionSql, merged: Fragment, from: Fragment): Promise<number> {
  const [row] = await tx<{ total: number }[]>`select (select count(*) from jsonb_object_keys(${merged}))::int as total from ${from}`;
  return row?.total ?? 0;
}
