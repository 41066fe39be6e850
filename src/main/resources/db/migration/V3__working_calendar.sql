-- Days whose status the administrators set themselves: the 法定节假日 and 调休 of years the holiday library does not
-- know yet (the State Council publishes each year's schedule late in the year before), or corrections.
create table calendar_day (
    calendar_date date        primary key,
    working    boolean     not null,
    name       varchar(50) not null,
    changed_by varchar(64) not null,
    changed_at timestamp with time zone not null
);
