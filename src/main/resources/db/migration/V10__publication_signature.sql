-- the signature a publication carries, to verify what the public pages serve against what the leader signed
alter table publication add column signed_sha256 varchar(64);
alter table publication add column signed_at timestamp with time zone;
