-- Reference data: the departments of the government, the topics (领域) of 《法治政府建设实施纲要（2021—2025年）》
-- under which achievements are grouped, and the figures departments report.
create table department (
    code       varchar(16)  primary key,
    name       varchar(100) not null,
    sort_order integer      not null
);

create table area (
    code       varchar(32)  primary key,
    name       varchar(50)  not null,
    heading    varchar(200) not null,
    sort_order integer      not null
);

create table metric (
    code       varchar(64) primary key,
    name       varchar(50) not null,
    unit       varchar(10) not null,
    sort_order integer     not null
);

insert into area (code, name, heading, sort_order) values
    ('functions',   '政府机构职能体系',       '健全政府机构职能体系，推动更好发挥政府作用', 1),
    ('rules',       '依法行政制度体系',       '健全依法行政制度体系，加快推进政府治理规范化程序化法治化', 2),
    ('decisions',   '行政决策制度体系',       '健全行政决策制度体系，不断提升行政决策公信力和执行力', 3),
    ('enforcement', '行政执法工作体系',       '健全行政执法工作体系，全面推进严格规范公正文明执法', 4),
    ('emergencies', '突发事件应对体系',       '健全突发事件应对体系，依法预防处置重大突发事件', 5),
    ('disputes',    '社会矛盾纠纷依法化解体系', '健全社会矛盾纠纷行政预防调处化解体系，不断促进社会公平正义', 6),
    ('oversight',   '行政权力制约和监督体系',   '健全行政权力制约和监督体系，促进行政权力规范透明运行', 7),
    ('technology',  '法治政府建设科技保障体系', '健全法治政府建设科技保障体系，全面建设数字法治政府', 8),
    ('leadership',  '党的领导和推进机制',     '加强党的领导，完善法治政府建设推进机制', 9);

insert into metric (code, name, unit, sort_order) values
    ('reconsideration-received',    '行政复议收案数',         '件', 1),
    ('reconsideration-accepted',    '行政复议受理数',         '件', 2),
    ('reconsideration-concluded',   '行政复议审结数',         '件', 3),
    ('reconsideration-corrected',   '行政复议纠错数',         '件', 4),
    ('litigation-cases',            '行政诉讼应诉案件数',     '件', 5),
    ('litigation-lost',             '行政诉讼败诉数',         '件', 6),
    ('litigation-head-appearances', '负责人出庭应诉数',       '件', 7),
    ('normative-documents-reviewed', '规范性文件合法性审核数', '件', 8),
    ('major-decisions-reviewed',    '重大行政决策合法性审查数', '件', 9),
    ('administrative-penalties',    '行政处罚案件数',         '件', 10);
