package cn.fazhi.annualreport.campaign;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.deadline.WorkingCalendar;
import cn.fazhi.annualreport.notification.NotificationKind;
import cn.fazhi.annualreport.notification.NotificationService;
import cn.fazhi.annualreport.security.GovernmentRoles;
import cn.fazhi.annualreport.security.UserDirectory;

/**
 * The report editors' morning overview on working days: which departments are late and which steps fall due this
 * week, per open campaign. Nothing is sent on a day with nothing to tell.
 */
@Service
@Transactional(readOnly = true)
public class CampaignDigest {

	static final String PUBLISHED = "PUBLISHED";

	private final CampaignService campaigns;

	private final CampaignStatus.Assembler status;

	private final WorkingCalendar calendar;

	private final UserDirectory directory;

	private final NotificationService notifications;

	CampaignDigest(CampaignService campaigns, CampaignStatus.Assembler status, WorkingCalendar calendar,
			UserDirectory directory, NotificationService notifications) {
		this.campaigns = campaigns;
		this.status = status;
		this.calendar = calendar;
		this.directory = directory;
		this.notifications = notifications;
	}

	/** One campaign's part of the digest. */
	public record Entry(CampaignStatus campaign, List<CampaignStatus.DepartmentStatus> late,
			List<CampaignStatus.DepartmentStatus> dueThisWeek, boolean reportLate, boolean reportDueThisWeek) {

		boolean isEmpty() {
			return late.isEmpty() && dueThisWeek.isEmpty() && !reportLate && !reportDueThisWeek;
		}

	}

	@Transactional
	public List<Entry> send(LocalDate today) {
		if (!calendar.isWorkingDay(today)) {
			return List.of();
		}
		LocalDate endOfWeek = today.with(DayOfWeek.SUNDAY);
		List<Entry> entries = new ArrayList<>();
		// each government's editors get their own campaigns' digest
		Map<String, List<Entry>> byGovernment = new java.util.LinkedHashMap<>();
		for (Campaign campaign : campaigns.all()) {
			CampaignStatus current = status.of(campaign);
			if (PUBLISHED.equals(current.stage())) {
				continue;
			}
			List<CampaignStatus.DepartmentStatus> late = current.departments()
				.stream()
				.filter(CampaignStatus.DepartmentStatus::overdue)
				.toList();
			List<CampaignStatus.DepartmentStatus> due = current.departments()
				.stream()
				.filter(d -> d.dueDate() != null && !d.overdue() && !d.dueDate().isAfter(endOfWeek))
				.toList();
			CampaignStatus.ReportStatus report = current.report();
			Entry entry = new Entry(current, late, due, report != null && report.overdue(), report != null
					&& report.dueDate() != null && !report.overdue() && !report.dueDate().isAfter(endOfWeek));
			if (!entry.isEmpty()) {
				entries.add(entry);
				byGovernment.computeIfAbsent(campaign.getGovernment(), government -> new ArrayList<>()).add(entry);
			}
		}
		byGovernment.forEach((government, own) -> {
			int late = own.stream().mapToInt(e -> e.late().size() + (e.reportLate() ? 1 : 0)).sum();
			int due = own.stream().mapToInt(e -> e.dueThisWeek().size() + (e.reportDueThisWeek() ? 1 : 0)).sum();
			GovernmentRoles roles = GovernmentRoles.of(government);
			String key = roles.equals(GovernmentRoles.DEFAULT) ? "digest:" + today : "digest:" + government + ":" + today;
			notifications.send(NotificationKind.DIGEST, key, directory.membersOf(roles.reportAdmins()),
					Map.of("entries", own, "today", today, "lateCount", late, "dueCount", due), "/");
		});
		return entries;
	}

}
