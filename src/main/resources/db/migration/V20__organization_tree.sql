-- One installation for a city's tree of organizations (DESIGN §10): the department catalogue becomes the tree.
-- Each row is a government, a department or a street; departments and streets belong to a government (parent),
-- a department may answer to the matching department one level up (superior: 区司法局 → 市司法局). The root is
-- the default government, whose departments are those of §7 (GET /api/departments).
alter table department add column kind varchar(16) default 'DEPARTMENT' not null;
alter table department add column parent_code varchar(16);
alter table department add column superior_code varchar(16);
alter table department add constraint department_parent foreign key (parent_code) references department (code);
alter table department add constraint department_superior foreign key (superior_code) references department (code);
alter table department add constraint department_kind check (kind in ('GOVERNMENT', 'DEPARTMENT', 'STREET'));
create index department_by_parent on department (parent_code);
insert into department (code, name, sort_order, kind) values ('gov', '本级人民政府', 0, 'GOVERNMENT');
update department set parent_code = 'gov' where code <> 'gov';
