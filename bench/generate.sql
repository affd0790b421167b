-- Seeded synthetic data at volume for the benchmark, written as the owner role. FORCE row-level
-- security binds the owner too, so every tenant's rows are written under its own app.tenant_id.
-- Variables (psql -v): seed (0..1), groups (per tenant), members (per group), years (of monthly
-- meetings, ending this month). Every generated meeting's place starts with 'Bench', every
-- generated group's provision_key with 'bench-', so the generator's rows can be told apart.
-- Besides the synthetic groups, the demo group "SSGB Varberg" (the load target; its coordinator
-- is the demo user varberg-coordinator) gets the same years of monthly meetings.
\set ON_ERROR_STOP on
select setseed(:seed) \g /dev/null

begin;
create temporary table bench_param as
  select :groups::int as groups, :members::int as members, :years::int as years,
         :areas::int as areas, :area_groups::int as area_groups;

-- Synthetic collaboration areas beside Halland, each a region and 14 municipalities (20 areas
-- and Halland: 307 tenants, about the country's 21 regions and 290 municipalities). Nobody logs
-- in to them; they are there so row-level security filters among national numbers of tenants.
insert into collaboration_area (id, name)
select 'bench-area-' || a, 'Syntetiskt område ' || a from generate_series(1, :areas) a;
insert into tenant (id, area_id, name, kind)
select 'bench-a' || a || '-' || case when k = 0 then 'region' else 'm' || k end,
       'bench-area-' || a,
       case when k = 0 then 'Syntetisk region ' || a else 'Syntetisk kommun ' || a || '-' || k end,
       case when k = 0 then 'REGION' else 'MUNICIPALITY' end
from generate_series(1, :areas) a cross join generate_series(0, 14) k;

-- The audit trail's trigger would record every generated row as a change (measured: 940 MB of
-- audit_event before the first tenant's attendance was written). The history is synthetic, so it
-- is written without it; the trigger is back on when this transaction commits.
alter table coordination_group disable trigger audit_trail;
alter table group_member disable trigger audit_trail;
alter table meeting disable trigger audit_trail;
alter table agenda_item disable trigger audit_trail;
alter table meeting_attendance disable trigger audit_trail;

do $$
declare
  t text;
  p bench_param;
begin
  select * into p from bench_param;
  for t in select id from tenant where id in
      ('region-halland', 'varberg', 'falkenberg', 'halmstad', 'laholm', 'hylte') or id like 'bench-%' order by id loop
    perform set_config('app.tenant_id', t, true);
    p.groups := case when t like 'bench-%' then (select area_groups from bench_param) else (select groups from bench_param) end;

    insert into coordination_group (tenant_id, provision_key, kind, name, purpose, target_groups, status)
    select t, 'bench-' || g,
           (array['SSGB', 'SSGV', 'OTHER'])[1 + g % 3],
           'Samverkansgrupp ' || g,
           'Samordnade insatser för barn, unga och vuxna i område ' || g,
           'Barn och unga; vuxna med psykisk ohälsa',
           case when random() < 0.1 then 'CLOSED' else 'ACTIVE' end
    from generate_series(1, p.groups) g;

    insert into group_member (tenant_id, group_id, name, email, organisation, unit, mandate, role, period_start)
    select t, cg.id, 'Person ' || cg.id || '-' || k,
           'bench-' || t || '-' || cg.id || '-' || k || '@example.org',
           case when k % 2 = 0 then t else 'region-halland' end,
           'Enhet ' || (1 + (random() * 20)::int),
           'Beslutar om insatser inom sin verksamhet',
           case when k = 1 then 'COORDINATOR' when k = p.members then 'CO_OPTED' else 'MEMBER' end,
           date '2016-01-01' + (random() * 3000)::int
    from coordination_group cg cross join generate_series(1, p.members) k
    where cg.tenant_id = t and cg.provision_key like 'bench-%';

    -- monthly meetings, this month's and p.years back, on a weekday-ish day of the month
    insert into meeting (tenant_id, group_id, starts_at, ends_at, place, minutes_status, minutes_approved_at, minutes_approved_by)
    select t, cg.id, s, s + interval '2 hours', 'Bench rum ' || (1 + cg.id % 40),
           case when s < now() - interval '1 month' then 'APPROVED' else 'DRAFT' end,
           case when s < now() - interval '1 month' then s + interval '10 days' end,
           case when s < now() - interval '1 month' then 'Ordförande ' || cg.id end
    from coordination_group cg
    cross join generate_series(0, p.years * 12 - 1) mo
    cross join lateral (select date_trunc('month', localtimestamp) - mo * interval '1 month'
                                + ((cg.id % 20) + 1) * interval '1 day' + interval '13 hours' as s) x
    where cg.tenant_id = t and (cg.provision_key like 'bench-%' or (t = 'varberg' and cg.provision_key = 'ssgb'));

    insert into agenda_item (tenant_id, meeting_id, position, standing_item, notes, decisions)
    select t, m.id, i - 1,
           (array['LOCAL_STRUCTURES', 'DEVIATIONS_AND_DISPUTES', 'ORGANISATIONAL_CHANGES',
                  'DIVISION_OF_RESPONSIBILITY', 'CO_OPTING'])[i],
           case when random() < 0.6 then 'Gruppen gick igenom läget; inget att anmärka.' end,
           case when random() < 0.3 then 'Beslut: ärendet följs upp vid nästa möte.' end
    from meeting m cross join generate_series(1, 5) i
    where m.tenant_id = t and m.place like 'Bench%';

    insert into meeting_attendance (tenant_id, meeting_id, member_id, name, organisation, attendance)
    select t, m.id, gm.id, gm.name, gm.organisation,
           (array['PRESENT', 'PRESENT', 'PRESENT', 'ABSENT', 'EXCUSED'])[1 + (random() * 4)::int]
    from meeting m join group_member gm on gm.tenant_id = m.tenant_id and gm.group_id = m.group_id
    where m.tenant_id = t and m.place like 'Bench%' and gm.email like 'bench-%';
  end loop;
end $$;

alter table coordination_group enable trigger audit_trail;
alter table group_member enable trigger audit_trail;
alter table meeting enable trigger audit_trail;
alter table agenda_item enable trigger audit_trail;
alter table meeting_attendance enable trigger audit_trail;
commit;

analyze coordination_group, group_member, meeting, agenda_item, meeting_attendance;
