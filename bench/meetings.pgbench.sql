-- The SQL one GET .../groups/{group}/meetings?when=past&page=0&size=20 sends, in one transaction
-- as the application does (read from SpaceGate, TenantSession, GroupAccess, MeetingService; the
-- statements are written by hand after EclipseLink's, not captured from it): the caller's
-- spaces, the tenant binding, the caller's seats, the group, one page of meetings and the count.
-- pgbench -D group=<id>.
begin;
select spaces_of_member('varberg-coordinator@example.org', current_date);
select set_config('app.tenant_id', 'varberg', true), set_config('app.actor', 'bench', true), set_config('app.request_id', '', true);
select group_id, role from group_member where lower(email) = lower('varberg-coordinator@example.org') and (period_start is null or period_start <= current_date) and (period_end is null or period_end >= current_date);
select id, kind, name, purpose, target_groups, status, provision_key, version, tenant_id from coordination_group where id = :group and tenant_id = 'varberg';
select id, ends_at, link, minutes_approved_at, minutes_approved_by, minutes_status, notice_sent_at, place, starts_at, version, group_id, tenant_id from meeting where group_id = :group and starts_at < localtimestamp and tenant_id = 'varberg' order by starts_at desc limit 20 offset 0;
select count(id) from meeting where group_id = :group and starts_at < localtimestamp and tenant_id = 'varberg';
commit;
