package cn.fazhi.annualreport.disclosure;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.annualreport.report.ReportExports;

/**
 * {@code /public/reports/{id}.pdf} and {@code .docx}: the published copy as a document, with the government as 落款
 * and the signing date as 成文日期; no login.
 */
@RestController
class PublicDownloads {

	private final DisclosureService disclosure;

	private final ReportExports exports;

	PublicDownloads(DisclosureService disclosure, ReportExports exports) {
		this.disclosure = disclosure;
		this.exports = exports;
	}

	@GetMapping("/public/reports/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		Publication publication = disclosure.publication(id);
		return exports.pdf(publication.getDocument(), publication.getOrganization(), publication.getSignedOn())
			.download(true);
	}

	@GetMapping("/public/reports/{id}.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id) {
		Publication publication = disclosure.publication(id);
		return exports.docx(publication.getDocument(), publication.getOrganization(), publication.getSignedOn())
			.download(false);
	}

}
