-- Who last changed a follow-up report and its answers, and when. Every edit writes them, so an
-- edit always moves the answer's and the report's version: a figure changed alone moves its answer,
-- and a submit of a report someone changed since it was read is refused (409).
alter table followup_report add column updated_at timestamptz;
alter table followup_report add column updated_by text check (length(updated_by) <= 200);
alter table followup_answer add column updated_at timestamptz;
alter table followup_answer add column updated_by text check (length(updated_by) <= 200);
