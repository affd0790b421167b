-- The audit trail: every insert, update and delete of tenant data, with who, when and the fields
-- before and after, written by the database in the same transaction as the change. A trigger
-- cannot be forgotten by a new service, sees changes made by SQL functions too, and rolls back
-- with the change it records: no change without its record, no record without its change.
--
-- The application may read its own tenant's trail (row-level security as everywhere) but never
-- write it: it holds no insert, update or delete on audit_event. Rows come only from the owner's
-- security definer functions: audit_row() (the trigger) and record_read() (reads of sensitive
-- details, which the application reports explicitly).

-- The key is a UUID, not a sequence: EclipseLink reads the key of an entity it just inserted
-- with lastval(), which would answer this trigger's sequence instead (measured: every insert
-- failed). A trigger on tenant tables must never draw from a sequence.
create table audit_event (
  id           uuid primary key default gen_random_uuid(),
  tenant_id    text not null references tenant(id),
  occurred_at  timestamptz not null default clock_timestamp(),
  actor        text not null,
  request_id   text,
  action       text not null check (action in ('CREATE', 'UPDATE', 'DELETE', 'READ')),
  object_type  text not null,
  object_id    text not null,
  changes      jsonb not null default '{}'
);

create index audit_event_by_time on audit_event (tenant_id, occurred_at desc, id desc);
create index audit_event_by_object on audit_event (tenant_id, object_type, object_id);

alter table audit_event enable row level security;
alter table audit_event force row level security;
create policy tenant_isolation on audit_event
  using (tenant_id = current_setting('app.tenant_id', true))
  with check (tenant_id = current_setting('app.tenant_id', true));
-- The definer functions below record a change under the tenant that owns the changed row, which
-- is not always the session's (a municipality submitting writes the region's snapshot). The
-- application cannot insert here at all, so this opens nothing to it.
create policy recorded_by_definer on audit_event for insert
  with check (current_user <> '${app_role}');

grant select on audit_event to ${app_role};

-- Who acts, as the application states it per transaction beside app.tenant_id; background work
-- states nobody and is recorded as 'system'.
create function audit_actor() returns text language sql stable as $$
  select coalesce(nullif(current_setting('app.actor', true), ''), 'system')
$$;

-- The trigger. Its arguments name the columns that identify a row (default: id). The tenant key
-- is left out of the changes (it is the event's own tenant), and an update that changes nothing
-- but the version is not an event.
create function audit_row() returns trigger
  language plpgsql security definer set search_path = public, pg_temp as $$
declare
  before_row jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) - 'tenant_id' end;
  after_row  jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) - 'tenant_id' end;
  the_row    jsonb := coalesce(after_row, before_row);
  owning_tenant text := case when tg_op = 'DELETE' then old.tenant_id else new.tenant_id end;
  key_column text;
  object_key text := '';
  changed    jsonb;
begin
  foreach key_column in array coalesce(nullif(tg_argv, '{}'), array['id']) loop
    object_key := object_key || case when object_key = '' then '' else '/' end
        || coalesce(the_row ->> key_column, '');
  end loop;
  if tg_op = 'UPDATE' then
    select coalesce(jsonb_object_agg(a.key, jsonb_build_object('before', before_row -> a.key, 'after', a.value)), '{}')
      into changed
      from jsonb_each(after_row) a
     where a.value is distinct from before_row -> a.key and a.key <> 'version';
    if changed = '{}' then
      return null;
    end if;
  else
    select coalesce(jsonb_object_agg(f.key, jsonb_build_object(
             case when tg_op = 'INSERT' then 'after' else 'before' end, f.value)), '{}')
      into changed
      from jsonb_each(the_row) f
     where f.value <> 'null'::jsonb;
  end if;
  insert into audit_event (tenant_id, actor, request_id, action, object_type, object_id, changes)
  values (owning_tenant, audit_actor(), nullif(current_setting('app.request_id', true), ''),
          case tg_op when 'INSERT' then 'CREATE' when 'UPDATE' then 'UPDATE' else 'DELETE' end,
          tg_table_name, object_key, changed);
  return null;
end
$$;
revoke all on function audit_row() from public;

-- Puts a table under the audit trail; every migration that creates a tenant table calls it
-- (AuditTrailIT finds any tenant table without the trigger).
create function audit_changes_of(p_table regclass) returns void
  language plpgsql as $$
declare
  keys text;
begin
  select case when bool_or(a.attname = 'id') then ''
              else string_agg(quote_literal(a.attname), ', ' order by array_position(i.indkey, a.attnum)) end
    into keys
    from pg_index i
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
   where i.indrelid = p_table and i.indisprimary;
  execute format('create trigger audit_trail after insert or update or delete on %s'
                 || ' for each row execute function audit_row(%s)', p_table, coalesce(keys, ''));
end
$$;
revoke all on function audit_changes_of(regclass) from public;

-- A read of details people must be able to account for (deviations, disputes), reported by the
-- application for its own tenant.
create function record_read(p_object_type text, p_object_id text) returns void
  language sql security definer set search_path = public, pg_temp as $$
  insert into audit_event (tenant_id, actor, request_id, action, object_type, object_id)
  select current_tenant(), audit_actor(), nullif(current_setting('app.request_id', true), ''),
         'READ', p_object_type, p_object_id
   where current_tenant() is not null
$$;
revoke all on function record_read(text, text) from public;
grant execute on function record_read(text, text) to ${app_role};

-- Every tenant table the application writes, as of this migration. The outbox is the delivery
-- of mail a feature queued (its change is audited where it happened) and holds whole messages.
do $$
declare
  t regclass;
begin
  for t in
    select c.oid::regclass
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
     where c.relkind = 'r'
       and c.relname not in ('audit_event', 'mail_outbox')
       and (has_table_privilege('${app_role}', c.oid, 'INSERT')
            or has_table_privilege('${app_role}', c.oid, 'UPDATE')
            or has_table_privilege('${app_role}', c.oid, 'DELETE')
            or exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polcmd = 'a'))
  loop
    perform audit_changes_of(t);
  end loop;
end
$$;
