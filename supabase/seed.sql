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
