-- Rows per table across all tenants: the owner reads each tenant under its own app.tenant_id.
\set ON_ERROR_STOP on
create temporary table bench_size (tbl text, n bigint);
do $$
declare t text; tbl text; n bigint;
begin
  for t in select id from tenant loop
    perform set_config('app.tenant_id', t, true);
    foreach tbl in array array['coordination_group', 'group_member', 'meeting', 'agenda_item', 'meeting_attendance'] loop
      execute format('select count(*) from %I', tbl) into n;
      insert into bench_size values (tbl, n);
    end loop;
  end loop;
end $$;
select 'tenants', count(*) from tenant
union all select tbl, sum(n)::bigint from bench_size group by tbl
union all select 'database_mb', pg_database_size(current_database()) / 1048576;
