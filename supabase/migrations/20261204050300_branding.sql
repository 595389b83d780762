-- Branding: the default appearance of the organisation's elements (theme, colours, corner radius,
-- font), set in the admin's Settings › Branding and served in the pricing document, so a page that
-- themes nothing still looks like the merchant. One row per organisation (both modes); null = the
-- SDK's own default. The checks repeat the API's validation, so no value can carry CSS beyond a token.
create table public.organization_branding (
  org_id text primary key references public.organizations (id) on delete cascade,
  theme text check (theme in ('auto', 'light', 'dark')),
  color_accent text check (color_accent ~ '^#[0-9a-f]{6}$'),
  color_background text check (color_background ~ '^#[0-9a-f]{6}$'),
  color_surface text check (color_surface ~ '^#[0-9a-f]{6}$'),
  color_text text check (color_text ~ '^#[0-9a-f]{6}$'),
  color_text_muted text check (color_text_muted ~ '^#[0-9a-f]{6}$'),
  color_border text check (color_border ~ '^#[0-9a-f]{6}$'),
  -- Corner radius of cards in CSS pixels; controls use at most 2/3 of it.
  radius integer check (radius between 0 and 32),
  font_family text check (char_length(font_family) between 1 and 200 and font_family ~ '^[A-Za-z0-9 ,''"-]+$'),
  updated timestamptz not null default now()
);
alter table public.organization_branding enable row level security;

create policy organization_branding_select on public.organization_branding for select to billingos_api
  using (org_id = tenant.org_id());
create policy organization_branding_insert on public.organization_branding for insert to billingos_api
  with check (org_id = tenant.org_id());
create policy organization_branding_update on public.organization_branding for update to billingos_api
  using (org_id = tenant.org_id()) with check (org_id = tenant.org_id());
grant select, insert, update on public.organization_branding to billingos_api;

-- The pricing document carries the branding: a change bumps the catalogue revision of both modes,
-- so cached documents are rebuilt on their next request.
create function tenant.bump_branding_revision() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  insert into public.catalogue_revisions as r (org_id, livemode) values (new.org_id, false), (new.org_id, true)
  on conflict (org_id, livemode) do update set revision = r.revision + 1;
  return null;
end
$$;
revoke execute on function tenant.bump_branding_revision() from public;

create trigger organization_branding_revision after insert or update on public.organization_branding
  for each row execute function tenant.bump_branding_revision();
