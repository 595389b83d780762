-- Idempotency inside the request's own transaction. A POST with an Idempotency-Key runs in one
-- transaction that first locks the key, then does the request's writes, then stores the response:
-- the writes and the stored response commit together or not at all, so a worker that dies at any
-- point either left nothing (the retry runs once) or left both (the retry gets the stored answer).
-- The lock is a transaction-scoped advisory lock, held exactly as long as the request that runs the
-- key is alive: a concurrent request with the same key sees it taken (409 `idempotency_key_in_use`),
-- and a dead worker's lock goes with its connection, so no "processing" row has to time out.
-- Replaces claim/settle, which stored the response in a second transaction after the request's own.

comment on column public.idempotency_keys.scope is
  'The exact credential: `<org_id>:<test|live>:key:<api key id>`, `…:user:<uuid>`, `…:session:<customer session id>`, or `user:<uuid>` outside an organisation.';
comment on column public.idempotency_keys.status is
  'Always `complete` since 20261202010000 (a row exists only once its response is stored); `processing` rows are older claims and are ignored.';

-- Locks (scope, key) for the rest of the calling transaction. `locked` is false when another live
-- transaction holds it. When locked, returns the stored request hash and response if there is one
-- younger than 24 hours (older or unfinished rows are deleted).
create function tenant.lock_idempotency_key(scope text, key text)
returns table (locked boolean, request_hash text, response_status int, response_body text)
language plpgsql volatile security definer
set search_path = ''
as $$
begin
  if not pg_catalog.pg_try_advisory_xact_lock(pg_catalog.hashtext('billingos.idempotency'),
                                              pg_catalog.hashtext(lock_idempotency_key.scope || ' ' || lock_idempotency_key.key)) then
    return query select false, null::text, null::int, null::text;
    return;
  end if;
  delete from public.idempotency_keys k
  where k.scope = lock_idempotency_key.scope and k.key = lock_idempotency_key.key
    and (k.created < now() - interval '24 hours' or k.status <> 'complete');
  return query select true, k.request_hash, k.response_status, k.response_body from public.idempotency_keys k
    where k.scope = lock_idempotency_key.scope and k.key = lock_idempotency_key.key;
  if not found then
    return query select true, null::text, null::int, null::text;
  end if;
end
$$;

-- Stores the response of a key locked by the calling transaction; it commits with the request's writes.
create function tenant.store_idempotent_response(scope text, key text, request_hash text, response_status int, response_body text)
returns void
language sql volatile security definer
set search_path = ''
as $$
  insert into public.idempotency_keys (scope, key, request_hash, status, response_status, response_body)
  values (store_idempotent_response.scope, store_idempotent_response.key, store_idempotent_response.request_hash, 'complete',
          store_idempotent_response.response_status, store_idempotent_response.response_body)
  on conflict (scope, key) do update set request_hash = excluded.request_hash, status = 'complete', created = now(),
    response_status = excluded.response_status, response_body = excluded.response_body;
$$;

revoke execute on function tenant.lock_idempotency_key(text, text) from public;
revoke execute on function tenant.store_idempotent_response(text, text, text, int, text) from public;
-- The lock is taken as the login role (before the request sets its tenant); the store may run after
-- the request's writes switched the transaction to the API role.
grant execute on function tenant.lock_idempotency_key(text, text) to billingos_worker, billingos_api;
grant execute on function tenant.store_idempotent_response(text, text, text, int, text) to billingos_worker, billingos_api;

drop function tenant.claim_idempotency_key(text, text, text);
drop function tenant.settle_idempotency_key(text, text, int, text);
