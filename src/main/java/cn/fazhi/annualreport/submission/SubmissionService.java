package cn.fazhi.annualreport.submission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.campaign.CampaignService;
import cn.fazhi.annualreport.campaign.SubmissionProgress;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.signing.Signature;
import cn.fazhi.annualreport.signing.SigningService;
import cn.fazhi.annualreport.system.BusinessTime;
import cn.fazhi.annualreport.system.FieldProblem;
import cn.fazhi.annualreport.system.InvalidInputException;
import cn.fazhi.annualreport.system.StageConflictException;
import cn.fazhi.annualreport.security.GovernmentRoles;

/**
 * 报送: the report editors record that the signed report went to the 党委, the 人大常委会 and the government one level
 * up, each with its date, channel and 文号.
 */
@Service
@Transactional(readOnly = true)
public class SubmissionService implements SubmissionProgress {

	/** Longest 文号 kept. */
	static final int MAX_DOCUMENT_NUMBER = 64;

	private final SubmissionRepository submissions;

	private final SubmissionTasks tasks;

	private final CampaignService campaigns;

	private final SigningService signing;

	private final MessageSource messages;

	private final Clock clock;

	SubmissionService(SubmissionRepository submissions, SubmissionTasks tasks, CampaignService campaigns,
			SigningService signing, MessageSource messages, Clock clock) {
		this.submissions = submissions;
		this.tasks = tasks;
		this.campaigns = campaigns;
		this.signing = signing;
		this.messages = messages;
		this.clock = clock;
	}

	/** The editors record the submissions: completes the workflow task. */
	@Transactional
	public void request(long campaignId, List<SubmissionEntry> entries, CurrentUser editor) {
		editor.require(campaigns.roles(campaignId).reportAdmins());
		tasks.completeSubmission(campaignId, editor, entries);
	}

	/**
	 * The rule of the reporting-up step, whoever completes the task: one entry for each recipient, dated between the
	 * signing and today.
	 *
	 * @param entries per recipient, as submitted
	 */
	@Transactional
	public void record(long campaignId, Map<Recipient, Entered> entries, CurrentUser editor) {
		editor.require(campaigns.roles(campaignId).reportAdmins());
		Signature signature = signing.currentSignature(campaignId)
			.orElseThrow(() -> new StageConflictException("problem.disclosure.not-signed"));
		LocalDate signedOn = LocalDate.ofInstant(signature.getSignedAt(), BusinessTime.ZONE);
		LocalDate today = BusinessTime.today(clock);
		List<FieldProblem> problems = new ArrayList<>();
		List<SubmissionEntry> checked = new ArrayList<>();
		for (Recipient recipient : Recipient.values()) {
			String field = field(recipient);
			Entered raw = entries.getOrDefault(recipient, new Entered(null, null, null));
			LocalDate date = parse(problems, field + "Date", raw.submittedOn());
			Channel channel = parseChannel(problems, field + "Channel", raw.channel());
			String number = raw.documentNumber() == null || raw.documentNumber().isBlank() ? null
					: raw.documentNumber().strip();
			FieldProblem.checkLength(problems, field + "Number", number, MAX_DOCUMENT_NUMBER);
			FieldProblem.checkSingleLine(problems, field + "Number", number);
			if (date != null && (date.isBefore(signedOn) || date.isAfter(today))) {
				problems.add(new FieldProblem(field + "Date", "problem.submission.date", signedOn, today));
			}
			checked.add(new SubmissionEntry(recipient, date, channel, number));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant now = clock.instant();
		checked.forEach(entry -> submissions.save(new Submission(campaignId, entry, editor.id(), now)));
	}

	/** One recipient's entry as Tasklist's form or the API submitted it: date ({@code YYYY-MM-DD}), channel, 文号. */
	public record Entered(String submittedOn, String channel, String documentNumber) {
	}

	/** What was recorded for the campaign, for the editors and the leaders; 404 for an unknown campaign. */
	public List<Sent> reportedUp(long campaignId, CurrentUser reader) {
		GovernmentRoles roles = campaigns.roles(campaignId);
		reader.require(roles.reportAdmins(), roles.leaders());
		return reportedUp(campaignId);
	}

	@Override
	public List<Sent> reportedUp(long campaignId) {
		// the latest record for each recipient
		Map<Recipient, Submission> latest = new EnumMap<>(Recipient.class);
		submissions.findAllByCampaignIdOrderByIdAsc(campaignId).forEach(s -> latest.put(s.getRecipient(), s));
		return latest.values()
			.stream()
			.map(s -> new Sent(s.getRecipient().name(), label("submission.recipient." + s.getRecipient()),
					s.getSubmittedOn(), s.getChannel().name(), label("submission.channel." + s.getChannel()),
					s.getDocumentNumber()))
			.toList();
	}

	/** The name the Tasklist form and the API's problems give a recipient's fields, e.g. {@code partyCommittee}. */
	public static String field(Recipient recipient) {
		return switch (recipient) {
			case PARTY_COMMITTEE -> "partyCommittee";
			case PEOPLES_CONGRESS -> "peoplesCongress";
			case HIGHER_GOVERNMENT -> "higherGovernment";
		};
	}

	private static LocalDate parse(List<FieldProblem> problems, String field, String text) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem(field, "problem.submission.required"));
			return null;
		}
		try {
			return cn.fazhi.annualreport.system.Decisions.date(field, text);
		}
		catch (InvalidInputException ex) {
			problems.addAll(ex.errors());
			return null;
		}
	}

	private static Channel parseChannel(List<FieldProblem> problems, String field, String text) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem(field, "problem.submission.required"));
			return null;
		}
		try {
			return cn.fazhi.annualreport.system.Decisions.parse(Channel.class, field, text);
		}
		catch (InvalidInputException ex) {
			problems.addAll(ex.errors());
			return null;
		}
	}

	private String label(String code) {
		return messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

}
