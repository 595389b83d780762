-- A customer's activity timeline (worker/domain/customer-timeline.ts) gathers the ids of what the
-- customer owns, then reads their events through events_by_object. These find a customer's
-- invoices (by its Stripe customer, as the invoice list does) and their refunds without a scan.
create index invoices_by_customer on public.invoices (org_id, livemode, stripe_customer_id);
create index refunds_by_invoice on public.refunds (org_id, livemode, invoice_id) where invoice_id is not null;
