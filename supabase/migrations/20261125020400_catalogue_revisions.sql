-- Catalogue revisions: a counter per organisation and mode that every catalogue write bumps, so
-- GET /v1/pricing can check in one indexed read whether a cached pricing table is still current.
create table public.catalogue_revisions (
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  -- Increases on every insert, update or delete of a catalogue row of this organisation and mode.
  revision bigint not null default 1,
  primary key (org_id, livemode)
);
alter table public.catalogue_revisions enable row level security;

create policy catalogue_revisions_select on public.catalogue_revisions for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());

grant select on public.catalogue_revisions to billingos_api;

-- Security definer: the API role may read revisions but not forge them; only catalogue writes move them.
-- Deletes only update (a cascading organisation delete must not re-create the row it is removing).
create function tenant.bump_catalogue_revision() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  row_org text := case when tg_op = 'DELETE' then old.org_id else new.org_id end;
  row_mode boolean := case when tg_op = 'DELETE' then old.livemode else new.livemode end;
begin
  if tg_op = 'DELETE' then
    update public.catalogue_revisions set revision = revision + 1 where org_id = row_org and livemode = row_mode;
  else
    insert into public.catalogue_revisions as r (org_id, livemode) values (row_org, row_mode)
    on conflict (org_id, livemode) do update set revision = r.revision + 1;
  end if;
  return null;
end
$$;

create trigger features_revision after insert or update or delete on public.features
  for each row execute function tenant.bump_catalogue_revision();
create trigger products_revision after insert or update or delete on public.products
  for each row execute function tenant.bump_catalogue_revision();
create trigger prices_revision after insert or update or delete on public.prices
  for each row execute function tenant.bump_catalogue_revision();
create trigger price_amounts_revision after insert or update or delete on public.price_amounts
  for each row execute function tenant.bump_catalogue_revision();
create trigger plan_grants_revision after insert or update or delete on public.plan_grants
  for each row execute function tenant.bump_catalogue_revision();
create trigger grant_overage_amounts_revision after insert or update or delete on public.grant_overage_amounts
  for each row execute function tenant.bump_catalogue_revision();
