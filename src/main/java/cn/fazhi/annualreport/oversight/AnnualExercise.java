package cn.fazhi.annualreport.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.fazhi.annualreport.campaign.Campaign;
import cn.fazhi.annualreport.campaign.CampaignService;
import cn.fazhi.annualreport.campaign.OpenCampaign;
import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.catalogue.Department;
import cn.fazhi.annualreport.catalogue.OrganizationKind;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.Roles;
import cn.fazhi.annualreport.system.InvalidInputException;

/**
 * Opens the year (年度报告工作) for a government and every government under it: one campaign each, with the
 * government's departments and streets writing its sections. A government whose campaign of the year is open already
 * keeps it, so opening the year again opens only what is missing.
 */
@Service
public class AnnualExercise {

	private final Catalogue catalogue;

	private final CampaignService campaigns;

	AnnualExercise(Catalogue catalogue, CampaignService campaigns) {
		this.catalogue = catalogue;
		this.campaigns = campaigns;
	}

	/** What became of each government of the subtree. */
	public enum Outcome {

		/** Its campaign was opened now. */
		OPENED,
		/** It had its campaign of the year already. */
		EXISTING,
		/** It has no department or street to write a section. */
		SKIPPED

	}

	public record OpenedYear(int year, String root, List<GovernmentCampaign> campaigns) {
	}

	public record GovernmentCampaign(String government, String name, Long campaignId, Outcome outcome,
			int departments) {
	}

	/**
	 * Each government's campaign in a transaction of its own, so that one refusal does not undo the others; the
	 * deadlines left {@code null} take the defaults (departments' sections by the end of January, publication before
	 * 4月1日).
	 */
	public OpenedYear open(int year, String root, LocalDate sectionsDue, LocalDate publicationDue, CurrentUser actor) {
		actor.require(Roles.OVERSIGHT);
		if (year < 2000 || year > 2100) {
			throw new InvalidInputException("year", "problem.campaign.year");
		}
		String top = root == null || root.isBlank() ? Catalogue.ROOT : root;
		List<Department> governments = governmentsUnder(top);
		List<GovernmentCampaign> opened = new ArrayList<>();
		for (Department government : governments) {
			List<Campaign> existing = campaigns.of(government.getCode(), year);
			List<String> units = existing.isEmpty() ? catalogue.writingUnitsOf(government.getCode())
				.stream()
				.map(Department::getCode)
				.toList() : List.of();
			if (!existing.isEmpty()) {
				Campaign campaign = existing.get(0);
				opened.add(new GovernmentCampaign(government.getCode(), government.getName(), campaign.getId(),
						Outcome.EXISTING, campaign.getDepartments().size()));
			}
			else if (units.isEmpty()) {
				opened.add(new GovernmentCampaign(government.getCode(), government.getName(), null, Outcome.SKIPPED,
						0));
			}
			else {
				Campaign campaign = campaigns.openFor(government.getCode(), new OpenCampaign(government.getName(), year,
						units, sectionsDue, null, null, null, publicationDue), actor.id());
				opened.add(new GovernmentCampaign(government.getCode(), government.getName(), campaign.getId(),
						Outcome.OPENED, units.size()));
			}
		}
		return new OpenedYear(year, top, opened);
	}

	/** The government and the governments under it; 400 naming {@code root} if it is not a government. */
	List<Department> governmentsUnder(String root) {
		List<Department> subtree = catalogue.subtree(root);
		if (subtree.isEmpty() || subtree.get(0).getKind() != OrganizationKind.GOVERNMENT) {
			throw new InvalidInputException("root", "problem.year.root", root);
		}
		return subtree.stream().filter(o -> o.getKind() == OrganizationKind.GOVERNMENT).toList();
	}

}
