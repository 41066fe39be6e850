package cn.fazhi.annualreport.notification;

import org.springframework.http.HttpStatus;

import cn.fazhi.annualreport.system.DomainProblem;

class NotificationNotFoundException extends DomainProblem {

	NotificationNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND, "notification-not-found", "problem.notification-not-found", id);
	}

}
