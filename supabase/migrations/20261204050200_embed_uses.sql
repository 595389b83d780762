-- The admin's onboarding checklist ("copy the embed snippet") ticks from a real signal: the first
-- request a browser made with one of the organisation's publishable keys, from one of its allowed
-- origins (worker/app/middleware/cors.ts records it). One row per organisation and mode.
create table public.embed_uses (
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  first_used timestamptz not null default now(),
  first_origin text not null check (char_length(first_origin) <= 2048),
  primary key (org_id, livemode)
);
alter table public.embed_uses enable row level security;

create policy embed_uses_select on public.embed_uses for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy embed_uses_insert on public.embed_uses for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert on public.embed_uses to billingos_api;
