-- 应报尽报 (DESIGN §10): the catalogue of what a year's report must address, in levels. The first level follows the
-- areas of 《法治政府建设实施纲要（2021—2025年）》, the second the items under them; required_for lists the kinds of
-- organization (GOVERNMENT, DEPARTMENT, STREET) that must address an item. Administrators replace it with their
-- installation's own catalogue (PUT /api/report-items), e.g. one modelled on a city's 年度报告事项指引.
create table report_item (
    code         varchar(32)  primary key,
    name         varchar(200) not null,
    item_level   integer      not null,
    parent_code  varchar(32)  references report_item (code),
    sort_order   integer      not null,
    required_for varchar(64)  default '' not null
);
create index report_item_by_parent on report_item (parent_code);

insert into report_item (code, name, item_level, parent_code, sort_order, required_for) values
    ('functions',   '健全政府机构职能体系',           1, null, 1, ''),
    ('rules',       '健全依法行政制度体系',           1, null, 2, ''),
    ('decisions',   '健全行政决策制度体系',           1, null, 3, ''),
    ('enforcement', '健全行政执法工作体系',           1, null, 4, ''),
    ('emergencies', '健全突发事件应对体系',           1, null, 5, ''),
    ('disputes',    '健全社会矛盾纠纷行政预防调处化解体系', 1, null, 6, ''),
    ('oversight',   '健全行政权力制约和监督体系',       1, null, 7, ''),
    ('technology',  '健全法治政府建设科技保障体系',     1, null, 8, ''),
    ('leadership',  '加强党的领导，完善推进机制',       1, null, 9, '');

insert into report_item (code, name, item_level, parent_code, sort_order, required_for) values
    ('functions-lists',        '权责清单、负面清单动态管理',       2, 'functions',   1, 'GOVERNMENT,DEPARTMENT'),
    ('functions-permits',      '深化“放管服”改革，优化营商环境',     2, 'functions',   2, 'GOVERNMENT,DEPARTMENT'),
    ('rules-documents',        '行政规范性文件合法性审核和备案',     2, 'rules',       1, 'GOVERNMENT,DEPARTMENT'),
    ('rules-cleanup',          '规章和规范性文件清理',             2, 'rules',       2, 'GOVERNMENT'),
    ('decisions-procedure',    '重大行政决策程序制度落实',         2, 'decisions',   1, 'GOVERNMENT,DEPARTMENT'),
    ('decisions-counsel',      '法律顾问和公职律师作用发挥',       2, 'decisions',   2, 'GOVERNMENT,DEPARTMENT'),
    ('enforcement-three',      '行政执法公示、全过程记录、重大执法决定法制审核', 2, 'enforcement', 1, 'GOVERNMENT,DEPARTMENT'),
    ('enforcement-discretion', '行政裁量权基准',                 2, 'enforcement', 2, 'DEPARTMENT'),
    ('enforcement-street',     '街道（乡镇）综合行政执法',          2, 'enforcement', 3, 'STREET'),
    ('emergencies-plans',      '突发事件应急预案和依法处置',        2, 'emergencies', 1, 'GOVERNMENT,STREET'),
    ('disputes-reconsideration', '行政复议和行政应诉',            2, 'disputes',    1, 'GOVERNMENT,DEPARTMENT'),
    ('disputes-mediation',     '人民调解和矛盾纠纷多元化解',        2, 'disputes',    2, 'STREET'),
    ('oversight-openness',     '政务公开',                       2, 'oversight',   1, 'GOVERNMENT,DEPARTMENT,STREET'),
    ('oversight-supervision',  '人大、政协、司法和审计监督',        2, 'oversight',   2, 'GOVERNMENT'),
    ('technology-platforms',   '“互联网+政务服务”和执法信息平台',    2, 'technology',  1, 'GOVERNMENT'),
    ('leadership-study',       '领导干部学法用法和法治宣传教育',     2, 'leadership',  1, 'GOVERNMENT,DEPARTMENT,STREET');
