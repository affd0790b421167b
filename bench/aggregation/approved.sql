-- Approved follow-up submissions for the regional compilation benchmark (bench/aggregation/run).
-- Run as the owner with psql: -v seed=… -v years_from=… -v years_to=… -v municipalities=…
--  * municipalities > 0 first adds that many generated municipalities to Halland's area, each with
--    an SSGB and an SSGV (the application's only region user in the test realm is Halland's RUG,
--    so the large area is Halland grown to 6 + N municipalities);
--  * then every active SSGB/SSGV of the area without a submission of a year gets one, APPROVED,
--    with random figures (two numbers, six deviation categories) and two analysis texts, written
--    in the party's context as submit_followup_report() writes them.
-- Idempotent per year and group; the audit trigger is off while writing (rows, not history, are
-- measured here).
\set ON_ERROR_STOP on
select setseed(:seed) \g /dev/null

begin;
create temporary table bench_agg_param as
  select :years_from::int as years_from, :years_to::int as years_to, :municipalities::int as municipalities;

alter table coordination_group disable trigger audit_trail;
alter table followup_submission disable trigger audit_trail;
alter table followup_submitted_answer disable trigger audit_trail;
alter table followup_submitted_figure disable trigger audit_trail;

insert into tenant (id, area_id, name, kind)
select 'aggbench-m' || m, 'halland', 'Syntetisk kommun ' || lpad(m::text, 2, '0'), 'MUNICIPALITY'
from generate_series(1, (select municipalities from bench_agg_param)) m
on conflict (id) do nothing;

do $$
declare
  p bench_agg_param;
  t record;
  g record;
  y int;
  v_set bigint;
  v_sub bigint;
  v_ans bigint;
  v_n1 bigint; v_n2 bigint; v_dev bigint; v_t1 bigint; v_t2 bigint;
  v_report bigint;
  k int;
begin
  select * into p from bench_agg_param;
  for t in select id from tenant where id like 'aggbench-m%' loop
    perform set_config('app.tenant_id', t.id, true);
    insert into coordination_group (tenant_id, provision_key, kind, name, purpose, status)
    select t.id, 'aggbench-' || k2, k2, k2 || ' ' || (select name from tenant where id = t.id),
           'Genererad grupp för mätning', 'ACTIVE'
    from unnest(array['SSGB', 'SSGV']) k2
    where not exists (select 1 from coordination_group c where c.provision_key = 'aggbench-' || k2);
  end loop;

  perform set_config('app.tenant_id', 'region-halland', true);
  select id into v_set from indicator_set where valid_from_year = 2001;
  if v_set is null then
    insert into indicator_set (tenant_id, valid_from_year, name, created_at)
    values ('region-halland', 2001, 'Mätningens indikatorer', now()) returning id into v_set;
    insert into indicator (tenant_id, indicator_set_id, position, code, heading, kind, source) values
      ('region-halland', v_set, 1, 'AGG_STRUCTURES', 'Utvecklade samverkansstrukturer', 'NUMBER', null),
      ('region-halland', v_set, 2, 'AGG_TRAINING', 'Gemensamma utbildningstillfällen', 'NUMBER', null),
      ('region-halland', v_set, 3, 'AGG_DEVIATIONS', 'Avvikelser per kategori', 'RECORDED_COUNT', 'DEVIATIONS_BY_CATEGORY'),
      ('region-halland', v_set, 4, 'AGG_ANALYSIS', 'Analys av avvikelser och tvister', 'TEXT', null),
      ('region-halland', v_set, 5, 'AGG_SUCCESS', 'Framgångsfaktorer och utvecklingsområden', 'TEXT', null);
  end if;
  select id into v_n1 from indicator where indicator_set_id = v_set and code = 'AGG_STRUCTURES';
  select id into v_n2 from indicator where indicator_set_id = v_set and code = 'AGG_TRAINING';
  select id into v_dev from indicator where indicator_set_id = v_set and code = 'AGG_DEVIATIONS';
  select id into v_t1 from indicator where indicator_set_id = v_set and code = 'AGG_ANALYSIS';
  select id into v_t2 from indicator where indicator_set_id = v_set and code = 'AGG_SUCCESS';

  for t in select id from tenant where area_id = 'halland' and kind = 'MUNICIPALITY' order by id loop
    perform set_config('app.tenant_id', t.id, true);
    for g in select id, name, kind from coordination_group where kind in ('SSGB', 'SSGV') and status = 'ACTIVE' loop
      for y in p.years_from .. p.years_to loop
        continue when exists (select 1 from followup_submission s
                              where s.party_id = t.id and s.group_id = g.id and s.year = y);
        v_report := 7000000000000 + g.id * 10000 + y;
        insert into followup_submission (tenant_id, party_id, group_id, group_name, group_kind, year, indicator_set_id,
            report_id, sequence, submitted_at, submitted_by, status, reviewed_at, reviewed_by, review_comment)
        values ('region-halland', t.id, g.id, g.name, g.kind, y, v_set, v_report, 1, now(), 'bench@example.org',
            'APPROVED', now(), 'rug@example.org', 'Genererad återkoppling: ' || md5(random()::text))
        returning id into v_sub;
        insert into followup_submitted_answer (tenant_id, party_id, submission_id, indicator_id, number_value)
        values ('region-halland', t.id, v_sub, v_n1, floor(random() * 20)),
               ('region-halland', t.id, v_sub, v_n2, floor(random() * 50));
        insert into followup_submitted_answer (tenant_id, party_id, submission_id, indicator_id, text_value)
        values ('region-halland', t.id, v_sub, v_t1, repeat('Analys av årets avvikelser och tvister. ', 12)),
               ('region-halland', t.id, v_sub, v_t2, repeat('Framgångsfaktorer och utvecklingsområden. ', 12));
        insert into followup_submitted_answer (tenant_id, party_id, submission_id, indicator_id)
        values ('region-halland', t.id, v_sub, v_dev) returning id into v_ans;
        for k in 1 .. 6 loop
          insert into followup_submitted_figure (tenant_id, party_id, answer_id, position, figure_key, recorded_value, value)
          values ('region-halland', t.id, v_ans, k,
                  (array['SIP', 'INFORMATION', 'DISCHARGE', 'MEDICATION', 'RESPONSIBILITY', 'OTHER'])[k],
                  floor(random() * 30), floor(random() * 30));
        end loop;
      end loop;
    end loop;
  end loop;
end $$;

alter table coordination_group enable trigger audit_trail;
alter table followup_submission enable trigger audit_trail;
alter table followup_submitted_answer enable trigger audit_trail;
alter table followup_submitted_figure enable trigger audit_trail;
commit;

begin;
select set_config('app.tenant_id', 'region-halland', true) \g /dev/null
select 'approved submissions in Halland''s area: ' || count(*) || ', municipalities: '
       || (select count(*) from tenant where area_id = 'halland' and kind = 'MUNICIPALITY')
from followup_submission where status = 'APPROVED';
commit;
