package cn.fazhi.annualreport.disclosure;

import java.util.Comparator;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.fazhi.annualreport.report.ReportLayout;
import cn.fazhi.annualreport.system.BusinessTime;

/**
 * The public pages (HTML; {@link PublicReportApi} answers the same addresses in JSON): only published reports,
 * readable without login (《政府信息公开条例》主动公开), by year and government. Drafts, comments and review notes never
 * appear here (第十六条).
 */
@Controller
class PublicReportController {

	private final DisclosureService disclosure;

	PublicReportController(DisclosureService disclosure) {
		this.disclosure = disclosure;
	}

	@GetMapping(value = "/public/reports", produces = { MediaType.TEXT_HTML_VALUE, MediaType.ALL_VALUE })
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String organization,
			Model model) {
		List<Publication> all = disclosure.publications();
		model.addAttribute("publications", DisclosureService.matching(all, year, organization));
		model.addAttribute("years",
				all.stream().map(Publication::getYear).distinct().sorted(Comparator.reverseOrder()).toList());
		model.addAttribute("year", year);
		model.addAttribute("organization", organization);
		model.addAttribute("zone", BusinessTime.ZONE);
		return "public/reports";
	}

	@GetMapping(value = "/public/reports/{id}", produces = { MediaType.TEXT_HTML_VALUE, MediaType.ALL_VALUE })
	String show(@PathVariable long id, Model model) {
		Publication publication = disclosure.publication(id);
		model.addAttribute("publication", publication);
		model.addAttribute("correctedBy", disclosure.correctedBy(publication).orElse(null));
		model.addAttribute("supersedes",
				publication.getSupersedesId() == null ? null : disclosure.publication(publication.getSupersedesId()));
		model.addAttribute("zone", BusinessTime.ZONE);
		model.addAttribute("paragraphs", ReportLayout.paragraphs(publication.getDocument()));
		return "public/report";
	}

}
