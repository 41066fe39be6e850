package cn.fazhi.annualreport.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

import cn.fazhi.annualreport.campaign.CampaignService;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.system.BusinessTime;
import cn.fazhi.annualreport.system.Templates;
import cn.fazhi.annualreport.system.TextCleaner;

/**
 * The report as a document to print, send and publish: Word (GB/T 9704), PDF with its fonts embedded, and printable
 * HTML, all from the same layout, of the latest revision, with the government as 落款 and today as 成文日期.
 */
@Service
public class ReportExports {

	public static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	/** The fonts government computers have, as the HTML export names them. */
	static final Fonts INSTALLED = new Fonts("'方正小标宋简体', 'FZXiaoBiaoSong-B05S', 'SimSun', serif",
			"'仿宋_GB2312', 'FangSong_GB2312', 'FangSong', 'STFangsong', serif", "'黑体', 'SimHei', 'STHeiti', sans-serif",
			"'楷体_GB2312', 'KaiTi_GB2312', 'KaiTi', 'STKaiti', serif", "'宋体', 'SimSun', serif");

	private final ReportService reports;

	private final CampaignService campaigns;

	private final Templates templates;

	private final ReportPdf pdf;

	private final Clock clock;

	ReportExports(ReportService reports, CampaignService campaigns, Templates templates, ReportPdf pdf, Clock clock) {
		this.reports = reports;
		this.campaigns = campaigns;
		this.templates = templates;
		this.pdf = pdf;
		this.clock = clock;
	}

	public Export docx(long campaignId, CurrentUser reader) {
		ReportView report = reports.read(campaignId, reader);
		return docx(report.document(), organization(campaignId), dateOf(report));
	}

	public Export html(long campaignId, CurrentUser reader) {
		ReportView report = reports.read(campaignId, reader);
		return new Export(report.title() + ".html", new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8),
				html(report.document(), organization(campaignId), dateOf(report), INSTALLED)
					.getBytes(StandardCharsets.UTF_8));
	}

	public Export pdf(long campaignId, CurrentUser reader) {
		ReportView report = reports.read(campaignId, reader);
		return pdf(report.document(), organization(campaignId), dateOf(report));
	}

	/** A given text, e.g. a published copy, with its 落款 and 成文日期. */
	public Export docx(ReportDocument document, String organization, LocalDate date) {
		return new Export(document.title() + ".docx", DOCX, ReportDocx.write(document, organization, date));
	}

	public Export pdf(ReportDocument document, String organization, LocalDate date) {
		return new Export(document.title() + ".pdf", MediaType.APPLICATION_PDF,
				pdf.render(html(document, organization, date, ReportPdf.EMBEDDED)));
	}

	String html(ReportDocument document, String organization, LocalDate date, Fonts fonts) {
		Map<String, Object> model = new HashMap<>();
		model.put("title", document.title());
		model.put("paragraphs", ReportLayout.paragraphs(document));
		model.put("organization", organization);
		model.put("date", ReportLayout.date(date));
		model.put("fonts", fonts);
		// Text stored before input was cleaned may hold characters XML forbids (U+0001 pasted from Word), and the PDF
		// renderer parses the page as XML. Cleaned here, not in ReportLayout: the signed fingerprint stays as it was.
		return TextCleaner.clean(templates.render("report-document", model));
	}

	private String organization(long campaignId) {
		return campaigns.get(campaignId).getOrganization();
	}

	/** 成文日期: the day the leader signed the revision, or today for a draft. */
	private LocalDate dateOf(ReportView report) {
		return report.signed() ? LocalDate.ofInstant(report.signedAt(), BusinessTime.ZONE) : BusinessTime.today(clock);
	}

	/** A file to download. */
	public record Export(String filename, MediaType type, byte[] content) {

		/** The answer that hands the file over, shown in the browser ({@code inline}) or saved. */
		public ResponseEntity<byte[]> download(boolean inline) {
			ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
				.filename(filename, StandardCharsets.UTF_8)
				.build();
			return ResponseEntity.ok()
				.contentType(type)
				.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
				.body(content);
		}

	}

	/** CSS font families for the title, the text, 一、 headings, （一） headings and page numbers. */
	public record Fonts(String title, String body, String part, String section, String pageNumber) {

	}

}
