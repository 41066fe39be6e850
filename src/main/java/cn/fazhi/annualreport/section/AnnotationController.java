package cn.fazhi.annualreport.section;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.annualreport.security.CurrentUser;

/** 批注 on a section's revisions (DESIGN §8); the section page's script uses the same calls. */
@RestController
@RequestMapping("/api/campaigns/{campaignId}/sections/{department}/annotations")
class AnnotationController {

	private final SectionAnnotations annotations;

	AnnotationController(SectionAnnotations annotations) {
		this.annotations = annotations;
	}

	@PostMapping
	ResponseEntity<SectionAnnotations.Annotation> annotate(@PathVariable long campaignId,
			@PathVariable String department, @RequestBody SectionAnnotations.NewAnnotation request, CurrentUser user) {
		SectionAnnotations.Annotation saved = annotations.annotate(new SectionKey(campaignId, department), request,
				user);
		return ResponseEntity
			.created(URI.create("/api/campaigns/" + campaignId + "/sections/" + department + "/annotations/" + saved.id()))
			.body(saved);
	}

	@GetMapping
	List<SectionAnnotations.Annotation> list(@PathVariable long campaignId, @PathVariable String department,
			CurrentUser user) {
		return annotations.list(new SectionKey(campaignId, department), user);
	}

	/** The liaison's answer: {@code reply} and/or {@code resolved}. */
	@PutMapping("/{id}")
	SectionAnnotations.Annotation answer(@PathVariable long campaignId, @PathVariable String department,
			@PathVariable long id, @RequestBody AnswerRequest request, CurrentUser user) {
		return annotations.answer(new SectionKey(campaignId, department), id, request.reply(), request.resolved(),
				user);
	}

	record AnswerRequest(String reply, Boolean resolved) {
	}

}
