-- The working copy of a section: what its liaison typed and the editor saved by itself a few seconds later. One per
-- section, overwritten by every autosave and removed when a named revision is saved (保存草稿, submit), so that
-- revisions stay the readable history and the storage of a section stays bounded.
create table section_working_copy (
    section_id      bigint                   primary key references section (id),
    content         text                     not null,
    based_on        integer                  not null,
    saved_by        varchar(64)              not null,
    saved_at        timestamp with time zone not null
);
