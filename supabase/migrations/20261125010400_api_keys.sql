-- API keys: secret (sk_), restricted (rk_) and publishable (pk_), per organisation and mode.
-- Only a hash is stored; the full key is shown once at creation.
create table public.api_keys (
  id text primary key check (id ~ '^key_[A-Za-z0-9]{1,64}$'),
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  type text not null check (type in ('secret', 'restricted', 'publishable')),
  name text check (char_length(name) <= 100),
  -- Public part of the key right after its prefix, used to find the row; the rest is secret.
  lookup text not null unique check (lookup ~ '^[A-Za-z0-9]{16}$'),
  -- SHA-256 (hex) of the whole key, compared in constant time by the worker.
  secret_hash text not null check (secret_hash ~ '^[0-9a-f]{64}$'),
  last4 text not null check (last4 ~ '^[A-Za-z0-9]{4}$'),
  -- Restricted keys: {"customers": "write", "products": "read", …}.
  scopes jsonb check (scopes is null or jsonb_typeof(scopes) = 'object'),
  created_by uuid references public.users (id) on delete set null,
  -- Set when the key was rolled: it keeps working until then.
  expires_at timestamptz,
  revoked_at timestamptz,
  last_used_at timestamptz,
  created timestamptz not null default now(),
  check ((type = 'restricted') = (scopes is not null))
);
alter table public.api_keys enable row level security;

create index api_keys_list on public.api_keys (org_id, livemode, created desc, id desc);

create policy api_keys_select on public.api_keys for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy api_keys_insert on public.api_keys for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy api_keys_update on public.api_keys for update to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode())
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert, update on public.api_keys to billingos_api;

-- Authentication happens before the tenant is known: find a usable key by its lookup part and
-- note its use (at most once a minute, so hot keys do not write on every request). The worker
-- compares secret_hash in constant time before trusting the row.
create function tenant.authenticate_api_key(lookup text)
returns table (id text, org_id text, livemode boolean, type text, secret_hash text, scopes jsonb)
language sql volatile security definer
set search_path = ''
as $$
  update public.api_keys k set last_used_at = now()
  where k.lookup = authenticate_api_key.lookup and k.revoked_at is null
    and (k.expires_at is null or k.expires_at > now())
    and (k.last_used_at is null or k.last_used_at < now() - interval '1 minute');
  select k.id, k.org_id, k.livemode, k.type, k.secret_hash, k.scopes from public.api_keys k
  where k.lookup = authenticate_api_key.lookup and k.revoked_at is null
    and (k.expires_at is null or k.expires_at > now());
$$;
revoke execute on function tenant.authenticate_api_key(text) from public;
grant execute on function tenant.authenticate_api_key(text) to billingos_api;
