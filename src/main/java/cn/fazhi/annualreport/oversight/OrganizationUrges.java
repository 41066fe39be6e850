package cn.fazhi.annualreport.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.catalogue.Department;
import cn.fazhi.annualreport.catalogue.OrganizationKind;
import cn.fazhi.annualreport.notification.Notification;
import cn.fazhi.annualreport.notification.NotificationKind;
import cn.fazhi.annualreport.notification.NotificationService;
import cn.fazhi.annualreport.section.AlreadyUrgedException;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.ForbiddenException;
import cn.fazhi.annualreport.security.GovernmentRoles;
import cn.fazhi.annualreport.security.Person;
import cn.fazhi.annualreport.security.Roles;
import cn.fazhi.annualreport.security.UserDirectory;
import cn.fazhi.annualreport.system.BusinessTime;
import cn.fazhi.annualreport.system.StageConflictException;
import cn.fazhi.annualreport.system.InvalidInputException;

/**
 * 催办 and 督办 of a whole organization from the oversight dashboard (DESIGN §10). 催办 reaches whoever does the
 * work: a government's editors, a department's or street's liaison and head. 督办 reaches those who answer for it: a
 * government's principal leaders, a department's or street's head and its government's editors. Each at most once
 * per Beijing day.
 */
@Service
public class OrganizationUrges {

	private final Oversight oversight;

	private final YearOverview overview;

	private final NotificationService notifications;

	private final UserDirectory directory;

	private final Clock clock;

	OrganizationUrges(Oversight oversight, YearOverview overview, NotificationService notifications,
			UserDirectory directory, Clock clock) {
		this.oversight = oversight;
		this.overview = overview;
		this.notifications = notifications;
		this.directory = directory;
		this.clock = clock;
	}

	/** Who was told. */
	public record Urged(String code, boolean escalated, List<String> recipients) {
	}

	/**
	 * 403 unless the user follows the organization's government; 409 once its duty is done (a government published,
	 * a department or street reported); 429 when urged already today.
	 */
	@Transactional
	public Urged urge(int year, String code, boolean escalate, CurrentUser actor) {
		Department organization = oversight.organization(code);
		Department government = organization.getKind() == OrganizationKind.GOVERNMENT ? organization
				: oversight.organization(organization.getParentCode());
		if (!oversight.overseesSubtree(government, actor)) {
			throw new ForbiddenException("problem.forbidden.oversight", government.getName());
		}
		if (year < 2000 || year > 2100) {
			throw new InvalidInputException("year", "problem.campaign.year");
		}
		YearOverview.OrganizationProgress progress = overview.of(year, organization);
		boolean isGovernment = organization.getKind() == OrganizationKind.GOVERNMENT;
		if (isGovernment ? progress.publishedOn() != null : progress.submittedOn() != null) {
			throw new StageConflictException("problem.supervision.done", organization.getName());
		}
		GovernmentRoles roles = GovernmentRoles.of(government.getCode());
		List<Person> recipients = new ArrayList<>();
		if (isGovernment) {
			recipients.addAll(directory.membersOf(escalate ? roles.leaders() : roles.reportAdmins()));
		}
		else {
			if (!escalate) {
				recipients.addAll(directory.membersOf(Roles.liaison(code)));
			}
			recipients.addAll(directory.membersOf(Roles.head(code)));
			if (escalate) {
				recipients.addAll(directory.membersOf(roles.reportAdmins()));
			}
		}
		LocalDate today = BusinessTime.today(clock);
		String link = progress.campaignId() == null ? "/"
				: isGovernment ? "/campaigns/" + progress.campaignId()
						: "/campaigns/" + progress.campaignId() + "/sections/" + code;
		List<Notification> sent = notifications.send(NotificationKind.SUPERVISED,
				"supervised:" + year + ":" + code + ":" + (escalate ? "escalate" : "urge") + ":" + today, recipients,
				Map.of("by", directory.displayName(actor.id()), "escalate", escalate, "organization",
						organization.getName(), "year", year, "stageLabel", progress.stageLabel(), "due",
						progress.due(), "late", progress.late(), "duty", isGovernment ? "公开" : "签发并报送"),
				link);
		if (sent.isEmpty() && !recipients.isEmpty()) {
			throw new AlreadyUrgedException(organization.getName(), today, clock.instant());
		}
		return new Urged(code, escalate, sent.stream().map(Notification::getRecipient).toList());
	}

}
