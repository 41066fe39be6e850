-- words that tell which topic an imported achievement belongs to; the liaison confirms the guess
alter table area add column keywords varchar(1000) not null default '';

update area set keywords = '职能,放管服,审批,营商环境,权责清单,政务服务,一网通办,最多跑一次,简政放权,监管,证明事项,市场主体,信用' where code = 'functions';
update area set keywords = '规范性文件,备案审查,立法,规章,制度体系,清理,合法性审核,地方性法规' where code = 'rules';
update area set keywords = '决策,合法性审查,法律顾问,公职律师,听证,专家论证,风险评估,公众参与,集体讨论' where code = 'decisions';
update area set keywords = '执法,处罚,行政检查,三项制度,持证,执法证,案卷评查,裁量,综合执法,包容审慎,首违不罚,两法衔接' where code = 'enforcement';
update area set keywords = '应急,突发事件,疫情,防控,防灾,减灾,救援,预案,安全生产,风险排查,防汛' where code = 'emergencies';
update area set keywords = '复议,诉讼,应诉,出庭,调解,信访,矛盾纠纷,行政争议,仲裁,公共法律服务,法律援助' where code = 'disputes';
update area set keywords = '监督,审计,政务公开,人大,政协,建议提案,督察,问责,信息公开,统计' where code = 'oversight';
update area set keywords = '数字,信息化,智慧,平台,网上,大数据,互联网,掌上,电子,系统建设' where code = 'technology';
update area set keywords = '党的领导,第一责任人,述法,学法,普法,法治思维,考核,领导干部,党组,理论学习中心组,示范创建,法治宣传' where code = 'leadership';
