-- Each campaign is one government's report (DESIGN §10): its central roles are that government's groups, and the
-- levels above see it as that government's. Campaigns opened before the tree existed are the default government's.
alter table campaign add column government_code varchar(16) default 'gov' not null;
alter table campaign add constraint campaign_government foreign key (government_code) references department (code);
create index campaign_by_government on campaign (government_code, report_year);
