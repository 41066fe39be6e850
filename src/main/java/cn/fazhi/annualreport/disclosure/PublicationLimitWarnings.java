package cn.fazhi.annualreport.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.campaign.Campaign;
import cn.fazhi.annualreport.campaign.CampaignService;
import cn.fazhi.annualreport.campaign.StepProgress;
import cn.fazhi.annualreport.deadline.ReminderRules;
import cn.fazhi.annualreport.notification.NotificationKind;
import cn.fazhi.annualreport.notification.NotificationService;
import cn.fazhi.annualreport.report.ReportService;
import cn.fazhi.annualreport.security.Person;
import cn.fazhi.annualreport.security.UserDirectory;
import cn.fazhi.annualreport.system.BusinessTime;

/**
 * The legal publication limit (3月31日): while a campaign's report is unpublished, the government's leaders and the
 * report editors are warned as the day nears and every working day after it.
 */
@Service
public class PublicationLimitWarnings {

	private final CampaignService campaigns;

	private final PublicationRepository publications;

	private final ReportService reports;

	private final ReminderRules rules;

	private final UserDirectory directory;

	private final NotificationService notifications;

	private final MessageSource messages;

	private final Clock clock;

	PublicationLimitWarnings(CampaignService campaigns, PublicationRepository publications, ReportService reports,
			ReminderRules rules, UserDirectory directory, NotificationService notifications, MessageSource messages,
			Clock clock) {
		this.campaigns = campaigns;
		this.publications = publications;
		this.reports = reports;
		this.rules = rules;
		this.directory = directory;
		this.notifications = notifications;
		this.messages = messages;
		this.clock = clock;
	}

	/** The daily timer of the campaign's warnings, starting on the first day one can fall on. */
	@Transactional(readOnly = true)
	public String cycle(long campaignId) {
		return rules.dailyCycleFrom(rules.publicationWarningsFrom(campaigns.get(campaignId).publicationLimit()));
	}

	/** Today's warning, if one is due and the report is still unpublished; at most once a day per person. */
	@Transactional
	public void warn(long campaignId) {
		Campaign campaign = campaigns.get(campaignId);
		if (publications.findFirstByCampaignIdAndDepartmentOrderByIdDesc(campaignId, Publication.GOVERNMENT).isPresent()) {
			return;
		}
		LocalDate today = BusinessTime.today(clock);
		LocalDate lastDay = campaign.publicationLimit();
		rules.beforePublicationLimit(today, lastDay).ifPresent(reminder -> {
			List<Person> recipients = new ArrayList<>(directory.membersOf(campaign.roles().leaders()));
			recipients.addAll(directory.membersOf(campaign.roles().reportAdmins()));
			String stage = reports.reportOf(campaignId)
				.map(StepProgress::stageLabel)
				.orElseGet(() -> messages.getMessage("stage.campaign.SECTIONS", null, LocaleContextHolder.getLocale()));
			notifications.send(NotificationKind.PUBLICATION_LIMIT, "publication-limit:" + campaignId + ":" + today,
					recipients, Map.of("campaign", campaign, "lastDay", lastDay, "reminder", reminder, "stage", stage,
							"daysLate", today.isAfter(lastDay) ? java.time.temporal.ChronoUnit.DAYS.between(lastDay, today) : 0L),
					"/campaigns/" + campaignId);
		});
	}

}
