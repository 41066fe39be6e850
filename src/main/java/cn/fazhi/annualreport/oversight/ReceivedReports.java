package cn.fazhi.annualreport.oversight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.campaign.Campaign;
import cn.fazhi.annualreport.campaign.CampaignService;
import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.catalogue.Department;
import cn.fazhi.annualreport.catalogue.OrganizationKind;
import cn.fazhi.annualreport.departmentreport.SignedDepartmentReport;
import cn.fazhi.annualreport.report.ReportDocument;
import cn.fazhi.annualreport.security.CurrentUser;

/**
 * 收文 (DESIGN §10): the signed reports that reached an organization from below. A government receives its own
 * departments' and streets' reports and the reports of the governments under it; a department receives the reports
 * of its counterparts one level down (区司法局 → 市司法局). Each arrives when it is signed, and says whether its
 * text still reads as signed.
 */
@Service
@Transactional(readOnly = true)
public class ReceivedReports {

	private final Oversight oversight;

	private final Catalogue catalogue;

	private final CampaignService campaigns;

	private final SignedReports signed;

	ReceivedReports(Oversight oversight, Catalogue catalogue, CampaignService campaigns, SignedReports signed) {
		this.oversight = oversight;
		this.catalogue = catalogue;
		this.campaigns = campaigns;
		this.signed = signed;
	}

	/**
	 * One report that reached the organization.
	 *
	 * @param reference {@code g} and the campaign for a government's report, {@code d} and the report's id for a
	 * department's or street's
	 * @param valid the text still reads exactly as when it was signed (fingerprint {@code sha256})
	 * @param publicationId its page on the public site once published
	 */
	public record Received(String reference, String from, String fromName, OrganizationKind fromKind, int year,
			String title, Instant signedAt, String sha256, boolean valid, Long publicationId, String link) {
	}

	/** A received report with its signed text. */
	public record ReceivedText(Received report, ReportDocument document) {
	}

	/** What reached the organization for the report year, the latest signed first. */
	public List<Received> of(String code, int year, CurrentUser reader) {
		Department organization = oversight.organization(code);
		oversight.requireReceiverOf(organization, reader);
		return texts(organization, year).stream()
			.map(ReceivedText::report)
			.sorted(Comparator.comparing(Received::signedAt).reversed())
			.toList();
	}

	/** One received report with its text; 404 unless it reached the organization. */
	public ReceivedText one(String code, String reference, CurrentUser reader) {
		Department organization = oversight.organization(code);
		oversight.requireReceiverOf(organization, reader);
		Integer year = yearOf(reference);
		if (year == null) {
			throw new ReceivedReportNotFoundException(reference);
		}
		return texts(organization, year).stream()
			.filter(text -> text.report().reference().equals(reference))
			.findFirst()
			.orElseThrow(() -> new ReceivedReportNotFoundException(reference));
	}

	private List<ReceivedText> texts(Department organization, int year) {
		List<ReceivedText> received = new ArrayList<>();
		List<Department> senders = senders(organization);
		// the departments' and streets' own reports, from their governments' campaigns of the year
		List<Campaign> theirCampaigns = senders.stream()
			.filter(Department::writes)
			.map(Department::getParentCode)
			.distinct()
			.flatMap(government -> campaigns.of(government, year).stream())
			.toList();
		Map<String, SignedDepartmentReport> units = signed.departments(SignedReports.ids(theirCampaigns));
		for (Department sender : senders) {
			if (sender.writes()) {
				theirCampaigns.stream()
					.filter(c -> c.getGovernment().equals(sender.getParentCode()))
					.map(c -> units.get(SignedReports.key(c.getId(), sender.getCode())))
					.filter(Objects::nonNull)
					.forEach(r -> received.add(new ReceivedText(received(organization, "d" + r.id(), sender, year,
							r.document().title(), r.signedAt(), r.sha256(), r.valid(), r.publicationId()),
							r.document())));
			}
			else {
				campaigns.of(sender.getCode(), year)
					.forEach(c -> signed.government(c)
						.ifPresent(r -> received.add(new ReceivedText(received(organization, "g" + c.getId(), sender,
								year, r.title(), r.signedAt(), r.sha256(), r.valid(), r.publicationId()),
								r.document()))));
			}
		}
		return received;
	}

	/** Who reports to the organization. */
	private List<Department> senders(Department organization) {
		if (organization.getKind() == OrganizationKind.GOVERNMENT) {
			return catalogue.organizations()
				.stream()
				.filter(o -> organization.getCode().equals(o.getParentCode()))
				.toList();
		}
		return catalogue.organizations()
			.stream()
			.filter(o -> organization.getCode().equals(o.getSuperiorCode()))
			.toList();
	}

	private static Received received(Department to, String reference, Department from, int year, String title,
			Instant signedAt, String sha256, boolean valid, Long publicationId) {
		return new Received(reference, from.getCode(), from.getName(), from.getKind(), year, title, signedAt, sha256,
				valid, publicationId, "/organizations/" + to.getCode() + "/received/" + reference);
	}

	/** The report year a reference is about, {@code null} for one that names nothing. */
	private Integer yearOf(String reference) {
		if (reference == null || !reference.matches("[gd][0-9]{1,18}")) {
			return null;
		}
		long id = Long.parseLong(reference.substring(1));
		if (reference.charAt(0) == 'g') {
			return campaigns.byId(List.of(id)).values().stream().findFirst().map(Campaign::getYear).orElse(null);
		}
		return signed.campaignOfDepartmentReport(id)
			.flatMap(campaign -> campaigns.byId(List.of(campaign)).values().stream().findFirst())
			.map(Campaign::getYear)
			.orElse(null);
	}

}
