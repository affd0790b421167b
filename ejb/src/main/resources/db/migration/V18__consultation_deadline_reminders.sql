-- A party's own record that it was reminded of a consultation's deadline. Owned by the party:
-- the reminder is worked out in the party's own context from what the area already reads (the
-- round it was sent, its own answer) and goes to its own coordinators, so it needs nothing of
-- another tenant. One row per party and version: the reminder goes out once.
create table agreement_deadline_reminder (
  tenant_id   text        not null references tenant (id),
  version_id  bigint      not null references agreement_version (id) on delete cascade,
  reminded_at timestamptz not null,
  primary key (tenant_id, version_id)
);

alter table agreement_deadline_reminder enable row level security;
alter table agreement_deadline_reminder force row level security;
create policy tenant_isolation on agreement_deadline_reminder
  using (tenant_id = current_setting('app.tenant_id', true))
  with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert on agreement_deadline_reminder to ${app_role};
select audit_changes_of('agreement_deadline_reminder');

-- the first design kept one mark per version, which cannot say which party was reminded
alter table agreement_version drop column deadline_reminded_at;
