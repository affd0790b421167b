-- What a group is for: its purpose, the agreement's target groups it serves, and whether it is
-- still active. Municipalities add their own groups (kind OTHER) beside the provisioned ones.
alter table coordination_group
  add column purpose       text check (length(purpose) <= 2000),
  add column target_groups text not null default '',
  add column status        text not null default 'ACTIVE' check (status in ('ACTIVE', 'CLOSED'));
