-- How many characters each revision's stored content takes: each section may keep only so much over all its
-- revisions (report.sections.storage-quota). Revisions are never changed; existing ones are measured once here.
alter table section_revision add column content_length integer;
update section_revision set content_length = length(content);
alter table section_revision alter column content_length set not null;
