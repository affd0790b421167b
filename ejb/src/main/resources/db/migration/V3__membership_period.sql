-- A seat in a group has a period; when it has ended, so has the access to the space it gave.
alter table group_member
  add column period_start date,
  add column period_end   date,
  add constraint group_member_period check (period_end is null or period_start is null or period_end >= period_start);

alter table membership_directory
  add column period_start date,
  add column period_end   date;

create or replace function sync_membership_directory() returns trigger
  language plpgsql security definer set search_path = public as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    delete from membership_directory where member_id = old.id;
  end if;
  if tg_op in ('INSERT', 'UPDATE') and new.email is not null then
    insert into membership_directory (member_id, tenant_id, email, period_start, period_end)
    values (new.id, new.tenant_id, lower(new.email), new.period_start, new.period_end);
  end if;
  return null;
end $$;

-- the day is the application's (its clock), so tests and time zones agree with the gate
drop function spaces_of_member(text);
create function spaces_of_member(p_email text, p_day date) returns setof text
  language sql stable security definer set search_path = public as $$
  select distinct tenant_id from membership_directory
  where email = lower(p_email)
    and (period_start is null or period_start <= p_day)
    and (period_end is null or period_end >= p_day)
$$;
revoke all on function spaces_of_member(text, date) from public;
grant execute on function spaces_of_member(text, date) to ${app_role};
