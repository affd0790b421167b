-- Parties and areas: reference data every tenant reads; written only by provisioning (the owner).
create table collaboration_area (
  id   text primary key,
  name text not null
);

create table tenant (
  id      text primary key check (id ~ '^[a-z][a-z0-9-]{1,62}$'),
  area_id text not null references collaboration_area (id),
  name    text not null,
  kind    text not null check (kind in ('REGION', 'MUNICIPALITY'))
);
create unique index tenant_one_region_per_area on tenant (area_id) where kind = 'REGION';

create table user_organisation (
  id      text primary key check (id ~ '^[a-z][a-z0-9-]{1,62}$'),
  area_id text not null references collaboration_area (id),
  name    text not null
);

grant select on collaboration_area, tenant, user_organisation to ${app_role};
