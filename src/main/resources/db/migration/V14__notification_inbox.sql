-- What the inbox shows of a message (its own short text, without the mail's link and footer), the task it is about,
-- and when that task was done, so that the inbox can say the message needs nothing more.
alter table notification add column inbox_text text;
alter table notification add column task_id varchar(64);
alter table notification add column done_at timestamp with time zone;
create index notification_by_task on notification (task_id);
