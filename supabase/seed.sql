-- Demo data for the local stack, loaded on every `npm start`; idempotent.
insert into public.organizations (id, name, slug)
values ('org_demoAcmeCloud', 'Acme Cloud', 'acme-cloud')
on conflict (id) do nothing;

insert into public.products (id, org_id, livemode, name, description)
values
  ('prod_demoStarter', 'org_demoAcmeCloud', false, 'Starter', 'For side projects and small teams.'),
  ('prod_demoPro', 'org_demoAcmeCloud', false, 'Pro', 'For growing teams that need more.'),
  ('prod_demoEnterprise', 'org_demoAcmeCloud', false, 'Enterprise', 'Custom limits, SSO and support.')
on conflict (id) do nothing;

insert into public.customers (id, org_id, livemode, external_id, email, name)
values
  ('cus_demoAda', 'org_demoAcmeCloud', false, 'user_1', 'ada@example.test', 'Ada Lovelace'),
  ('cus_demoGrace', 'org_demoAcmeCloud', false, 'user_2', 'grace@example.test', 'Grace Hopper')
on conflict (id) do nothing;

-- The demo owner (the auth emulator creates the same id for demo@acme.test) and keys whose
-- plaintext is printed by `npm start` (local only: these keys exist in no other database).
insert into public.users (id, email, name)
values ('0d3e0000-0000-4000-8000-00000000ac3e', 'demo@acme.test', 'Demo Owner')
on conflict (id) do nothing;

insert into public.memberships (org_id, user_id, role)
values ('org_demoAcmeCloud', '0d3e0000-0000-4000-8000-00000000ac3e', 'owner')
on conflict do nothing;
