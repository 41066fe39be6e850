package cn.fazhi.annualreport.report;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
		return download(exports.docx(campaignId, user), false);
	}

	@GetMapping("/api/campaigns/{campaignId}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long campaignId, CurrentUser user) {
		return download(exports.pdf(campaignId, user), true);
	}

	@GetMapping("/api/campaigns/{campaignId}/report.html")
	ResponseEntity<byte[]> html(@PathVariable long campaignId, CurrentUser user) {
		return download(exports.html(campaignId, user), true);
	}

	private static ResponseEntity<byte[]> download(ReportExports.Export export, boolean inline) {
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(export.filename(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(export.type())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(export.content());
	}

}
