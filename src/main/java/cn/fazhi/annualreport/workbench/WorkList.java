package cn.fazhi.annualreport.workbench;

import java.util.List;

import cn.fazhi.annualreport.security.CurrentUser;

/** The user's own work, open and finished; the workflow answers it from the engine's tasks. */
public interface WorkList {

	/** What waits for the user: tasks of the user's groups, claimed by anyone, and tasks assigned to the user. */
	List<WorkItem> open(CurrentUser user);

	/** What the user finished, most recent first. */
	List<WorkItem> done(CurrentUser user);

}
