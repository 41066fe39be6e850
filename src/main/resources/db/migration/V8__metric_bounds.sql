-- a figure can never exceed another one: 纠错数 ≤ 审结数 ≤ 受理数 ≤ 收案数, 败诉数 and 出庭应诉数 ≤ 应诉案件数
alter table metric add column at_most varchar(64);

update metric set at_most = 'reconsideration-received' where code = 'reconsideration-accepted';
update metric set at_most = 'reconsideration-accepted' where code = 'reconsideration-concluded';
update metric set at_most = 'reconsideration-concluded' where code = 'reconsideration-corrected';
update metric set at_most = 'litigation-cases' where code = 'litigation-lost';
update metric set at_most = 'litigation-cases' where code = 'litigation-head-appearances';
