/**
 * The city's annual exercise (年度报告工作, DESIGN §10): the 依法治市办 opens the year for the whole tree of
 * governments, departments and streets, follows where each organization stands, and every organization receives the
 * signed reports of those that report to it (收文). It sees signed and published results, never drafts.
 */
package cn.fazhi.annualreport.oversight;
