package cn.fazhi.annualreport.section;

import java.io.IOException;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.fazhi.annualreport.security.CurrentUser;

/**
 * What the section editor calls while the liaison writes: the autosaved working copy and 从文件导入, which reads a
 * file into the editor's fields for the liaison to confirm and saves nothing.
 */
@RestController
@RequestMapping("/api/campaigns/{campaignId}/sections/{department}")
class EditorController {

	private final SectionWorkingCopies workingCopies;

	private final SectionService sections;

	private final SectionImport sectionImport;

	EditorController(SectionWorkingCopies workingCopies, SectionService sections, SectionImport sectionImport) {
		this.workingCopies = workingCopies;
		this.sections = sections;
		this.sectionImport = sectionImport;
	}

	/** The working copy to pick up again, or 204 when there is none (or a revision was saved after it). */
	@GetMapping("/working-copy")
	ResponseEntity<SectionWorkingCopies.Draft> workingCopy(@PathVariable long campaignId,
			@PathVariable String department, CurrentUser user) {
		SectionKey key = new SectionKey(campaignId, department);
		sections.requireWriter(key, user);
		return workingCopies.find(key, user)
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	/** Autosave: keeps the fields as typed; {@code version} is the revision they were typed on. */
	@PutMapping("/working-copy")
	SectionWorkingCopies.Saved saveWorkingCopy(@PathVariable long campaignId, @PathVariable String department,
			@Valid @RequestBody SectionController.SectionRequest request, CurrentUser user) {
		return workingCopies.save(new SectionKey(campaignId, department), request.content(), request.version(), user);
	}

	@DeleteMapping("/working-copy")
	ResponseEntity<Void> discardWorkingCopy(@PathVariable long campaignId, @PathVariable String department,
			CurrentUser user) {
		workingCopies.discard(new SectionKey(campaignId, department), user);
		return ResponseEntity.noContent().build();
	}

	/** 从文件导入: the section a Word or text file holds, with the topics the catalogue suggests; nothing is saved. */
	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	SectionContent importFile(@PathVariable long campaignId, @PathVariable String department,
			@RequestParam(required = false) MultipartFile file, CurrentUser user) throws IOException {
		SectionView section = sections.requireWriter(new SectionKey(campaignId, department), user);
		return sectionImport.read(file, section.metrics());
	}

}
