-- what exactly the leader signed: SHA-256 of the signed revision's canonical text (ReportLayout.canonicalText)
alter table signature add column content_sha256 varchar(64);
