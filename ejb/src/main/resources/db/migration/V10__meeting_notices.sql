-- When the notice of a meeting was last sent to the group's members by e-mail.
alter table meeting add column notice_sent_at timestamptz;
