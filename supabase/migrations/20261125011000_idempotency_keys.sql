-- Idempotency keys: the first response to a POST with an Idempotency-Key, replayed for 24 hours
-- when the same key comes back with the same request, refused (409) with a different one.
-- Reached only through the security-definer functions below, so the table has RLS and no policies.
create table public.idempotency_keys (
  -- `<org_id>:<test|live>` for organisation principals, `user:<uuid>` for people outside an org.
  scope text not null check (char_length(scope) <= 120),
  key text not null check (char_length(key) between 1 and 255),
  -- SHA-256 of method, path and body: "the same request".
  request_hash text not null check (request_hash ~ '^[0-9a-f]{64}$'),
  status text not null default 'processing' check (status in ('processing', 'complete')),
  response_status int check (response_status between 100 and 599),
  response_body text,
  created timestamptz not null default now(),
  primary key (scope, key)
);
alter table public.idempotency_keys enable row level security;
-- For the sweep of expired keys.
create index idempotency_keys_created on public.idempotency_keys (created);

-- Claims a key. Returns the claim's state: `claimed` (run the request), `processing` (another
-- request holds it), `mismatch` (other request body), or `complete` with the stored response.
-- A key older than 24 hours is forgotten; a `processing` claim older than 5 minutes is taken
-- over (the request that held it died before finishing).
create function tenant.claim_idempotency_key(scope text, key text, request_hash text)
returns table (state text, response_status int, response_body text)
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  existing public.idempotency_keys;
begin
  delete from public.idempotency_keys k
  where k.scope = claim_idempotency_key.scope and k.key = claim_idempotency_key.key
    and (k.created < now() - interval '24 hours' or (k.status = 'processing' and k.created < now() - interval '5 minutes'));
  insert into public.idempotency_keys (scope, key, request_hash)
  values (claim_idempotency_key.scope, claim_idempotency_key.key, claim_idempotency_key.request_hash)
  on conflict do nothing;
  if found then
    return query select 'claimed'::text, null::int, null::text;
    return;
  end if;
  select * into existing from public.idempotency_keys k
  where k.scope = claim_idempotency_key.scope and k.key = claim_idempotency_key.key;
  if existing.request_hash <> claim_idempotency_key.request_hash then
    return query select 'mismatch'::text, null::int, null::text;
  elsif existing.status = 'processing' then
    return query select 'processing'::text, null::int, null::text;
  else
    return query select 'complete'::text, existing.response_status, existing.response_body;
  end if;
end
$$;

-- Stores the response of a claimed key, or releases the claim (a 5xx may be retried).
create function tenant.settle_idempotency_key(scope text, key text, response_status int, response_body text)
returns void
language sql volatile security definer
set search_path = ''
as $$
  delete from public.idempotency_keys k
  where k.scope = settle_idempotency_key.scope and k.key = settle_idempotency_key.key and settle_idempotency_key.response_status >= 500;
  update public.idempotency_keys k set status = 'complete', response_status = settle_idempotency_key.response_status,
    response_body = settle_idempotency_key.response_body
  where k.scope = settle_idempotency_key.scope and k.key = settle_idempotency_key.key and settle_idempotency_key.response_status < 500;
$$;

revoke execute on function tenant.claim_idempotency_key(text, text, text) from public;
revoke execute on function tenant.settle_idempotency_key(text, text, int, text) from public;
grant execute on function tenant.claim_idempotency_key(text, text, text) to billingos_api;
grant execute on function tenant.settle_idempotency_key(text, text, int, text) to billingos_api;
