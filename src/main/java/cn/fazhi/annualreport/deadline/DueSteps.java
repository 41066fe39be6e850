package cn.fazhi.annualreport.deadline;

import java.util.List;

import cn.fazhi.annualreport.security.CurrentUser;

/** The steps a user has to do, with their due dates; implemented by the workflow module from the open tasks. */
public interface DueSteps {

	List<DueStep> of(CurrentUser user);

}
