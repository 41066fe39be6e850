package cn.fazhi.annualreport.disclosure;

import java.time.Instant;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.annualreport.report.ReportDocument;

/** The public pages in JSON, for clients that send {@code Accept: application/json}. */
@RestController
class PublicReportApi {

	private final DisclosureService disclosure;

	PublicReportApi(DisclosureService disclosure) {
		this.disclosure = disclosure;
	}

	@GetMapping(value = "/public/reports", produces = MediaType.APPLICATION_JSON_VALUE)
	List<PublishedReport> list(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String organization) {
		return disclosure.publications(year, organization).stream().map(PublishedReport::of).toList();
	}

	@GetMapping(value = "/public/reports/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	PublishedReportDetail show(@PathVariable long id) {
		Publication p = disclosure.publication(id);
		return new PublishedReportDetail(PublishedReport.of(p), p.getSignedOn(), p.getVersion(), p.getSupersedesId(),
				disclosure.correctedBy(p).map(Publication::getId).orElse(null), p.getCorrectionNotice(),
				p.getDocument());
	}

	/**
	 * Whether what the public pages serve is what the leader signed: the fingerprint of the served text, recomputed
	 * now, against the one the signature recorded.
	 */
	@GetMapping(value = "/public/reports/{id}/verify", produces = MediaType.APPLICATION_JSON_VALUE)
	Verification verify(@PathVariable long id) {
		Publication p = disclosure.publication(id);
		return new Verification(p.matchesSignature(), p.getSignedSha256(), p.getSignedAt());
	}

	record Verification(boolean valid, String sha256, Instant signedAt) {
	}

	/** {@code publishedLate}: published on or after 4月1日 of the following year (逾期公开). */
	record PublishedReport(long id, String organization, int year, String title, Instant publishedAt,
			String indexNumber, String documentNumber, String subjectCategory, boolean publishedLate) {

		static PublishedReport of(Publication p) {
			return new PublishedReport(p.getId(), p.getOrganization(), p.getYear(), p.getTitle(), p.getPublishedAt(),
					p.getIndexNumber(), p.getDocumentNumber(), p.getSubjectCategory(), p.isPublishedLate());
		}

	}

	/**
	 * {@code version} counts corrections; {@code supersedes} is the version this one corrects, {@code correctedBy} the
	 * version that corrects this one, and {@code correctionNotice} the 更正说明.
	 */
	record PublishedReportDetail(@com.fasterxml.jackson.annotation.JsonUnwrapped PublishedReport summary,
			java.time.LocalDate signedOn, int version, Long supersedes, Long correctedBy, String correctionNotice,
			ReportDocument document) {
	}

}
