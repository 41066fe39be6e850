package cn.fazhi.annualreport.report;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.annualreport.security.CurrentUser;

/** {@code GET /api/campaigns/{id}/report.docx|.pdf|.html}: the latest revision as a document, for whoever reads it. */
@RestController
class ExportController {

	private final ReportExports exports;

	ExportController(ReportExports exports) {
		this.exports = exports;
	}

	@GetMapping("/api/campaigns/{campaignId}/report.docx")
	ResponseEntity<byte[]> docx(@PathVariable long campaignId, CurrentUser user) {
		return exports.docx(campaignId, user).download(false);
	}

	@GetMapping("/api/campaigns/{campaignId}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long campaignId, CurrentUser user) {
		return exports.pdf(campaignId, user).download(true);
	}

	@GetMapping("/api/campaigns/{campaignId}/report.html")
	ResponseEntity<byte[]> html(@PathVariable long campaignId, CurrentUser user) {
		return exports.html(campaignId, user).download(true);
	}

}
