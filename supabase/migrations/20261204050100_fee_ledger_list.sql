-- The fee ledger as a list (GET /v1/fees/ledger) and monthly statements (GET /v1/fees/statements/{month}):
-- newest first with the row id as tie-break, and a month's rows in order.
create index fee_ledger_list on public.fee_ledger (org_id, livemode, created desc, id desc);
