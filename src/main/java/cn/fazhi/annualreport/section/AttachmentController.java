package cn.fazhi.annualreport.section;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.fazhi.annualreport.security.CurrentUser;

/** 佐证材料 of a section (DESIGN §8). */
@RestController
@RequestMapping("/api/campaigns/{campaignId}/sections/{department}/attachments")
class AttachmentController {

	private final SectionAttachments attachments;

	AttachmentController(SectionAttachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<SectionAttachments.Attachment> upload(@PathVariable long campaignId, @PathVariable String department,
			@RequestParam(required = false) MultipartFile file, CurrentUser user) throws IOException {
		SectionAttachments.Attachment saved = attachments.upload(new SectionKey(campaignId, department),
				file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes(), user);
		return ResponseEntity
			.created(URI.create("/api/campaigns/" + campaignId + "/sections/" + department + "/attachments/" + saved.id()))
			.body(saved);
	}

	@GetMapping
	List<SectionAttachments.Attachment> list(@PathVariable long campaignId, @PathVariable String department,
			CurrentUser user) {
		return attachments.list(new SectionKey(campaignId, department), user);
	}

	/** The file as it was uploaded, always as a download: a browser never runs or shows it inside the product. */
	@GetMapping("/{id}")
	ResponseEntity<byte[]> download(@PathVariable long campaignId, @PathVariable String department,
			@PathVariable long id, CurrentUser user) {
		SectionAttachments.Download download = attachments.download(new SectionKey(campaignId, department), id, user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.attachment().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.attachment().name(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(download.content());
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long campaignId, @PathVariable String department, @PathVariable long id,
			CurrentUser user) {
		attachments.delete(new SectionKey(campaignId, department), id, user);
		return ResponseEntity.noContent().build();
	}

}
