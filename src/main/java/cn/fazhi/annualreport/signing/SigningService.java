package cn.fazhi.annualreport.signing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.report.ReportHistory;
import cn.fazhi.annualreport.report.ReportLayout;
import cn.fazhi.annualreport.report.ReportService;
import cn.fazhi.annualreport.report.ReportView;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.system.Decisions;
import cn.fazhi.annualreport.campaign.CampaignService;

/** 签发: the government's principal leader signs the compiled report or sends it back to the editors. */
@Service
@Transactional(readOnly = true)
public class SigningService implements ReportHistory {

	private final SignatureRepository signatures;

	private final ReportService reports;

	private final SigningTasks tasks;

	private final CampaignService campaigns;

	private final Clock clock;

	SigningService(SignatureRepository signatures, ReportService reports, SigningTasks tasks, CampaignService campaigns,
			Clock clock) {
		this.signatures = signatures;
		this.campaigns = campaigns;
		this.reports = reports;
		this.tasks = tasks;
		this.clock = clock;
	}

	@Transactional
	public void requestSigning(long campaignId, SignDecision decision, String opinion, CurrentUser leader) {
		leader.require(campaigns.roles(campaignId).leaders());
		reports.lock(campaignId);
		tasks.completeSigning(campaignId, leader, decision, opinion);
	}

	/** The rule of the signing step, whoever completes the task. */
	@Transactional
	public void recordSigning(long campaignId, String decision, String opinion, CurrentUser leader) {
		leader.require(campaigns.roles(campaignId).leaders());
		SignDecision choice = Decisions.parse(SignDecision.class, "decision", decision);
		String reason = Decisions.reason("opinion", opinion, choice == SignDecision.RETURN);
		ReportView report = reports.latest(campaignId);
		int revision = report.version();
		String fingerprint = null;
		Instant now = clock.instant();
		if (choice == SignDecision.SIGN) {
			reports.signed(campaignId, now);
			fingerprint = ReportLayout.fingerprint(report.document());
		}
		else {
			reports.returnedToEditing(campaignId);
		}
		signatures.save(new Signature(campaignId, revision, choice, reason, leader.id(), now, fingerprint));
	}

	/** The signature that covers the report now: the leader's SIGN of the revision the report holds as signed. */
	public Optional<Signature> currentSignature(long campaignId) {
		return signatureOf(campaignId, reports.latest(campaignId).signedVersion());
	}

	/**
	 * The current signature if it still covers the report: the report holds no later revision and the signed one reads
	 * exactly as when it was signed. Any change voids it.
	 */
	public Optional<Signature> validSignature(long campaignId) {
		ReportView report = reports.latest(campaignId);
		// the latest revision is the signed one, so its text is the one to fingerprint
		return signatureOf(campaignId, report.signedVersion()).filter(signature -> signature.getSha256() != null
				&& report.version() == signature.getRevision()
				&& signature.getSha256().equals(ReportLayout.fingerprint(report.document())));
	}

	private Optional<Signature> signatureOf(long campaignId, Integer signedRevision) {
		if (signedRevision == null) {
			return Optional.empty();
		}
		List<Signature> all = signatures.findAllByCampaignIdOrderBySignedAtAscIdAsc(campaignId);
		for (int i = all.size() - 1; i >= 0; i--) {
			Signature signature = all.get(i);
			if (signature.getDecision() == SignDecision.SIGN && signature.getRevision() == signedRevision) {
				return Optional.of(signature);
			}
		}
		return Optional.empty();
	}

	public List<Signature> history(long campaignId) {
		return signatures.findAllByCampaignIdOrderBySignedAtAscIdAsc(campaignId);
	}

	/** The leader's decisions, with their opinions, for the report's history. */
	@Override
	public List<ReportHistory.Entry> of(long campaignId) {
		return history(campaignId).stream()
			.map(s -> new ReportHistory.Entry(s.getSignedAt(),
					s.getDecision() == SignDecision.SIGN ? "SIGNED" : "RETURNED_BY_LEADER", s.getSigner(),
					s.getRevision(), s.getOpinion(), null))
			.toList();
	}

}
