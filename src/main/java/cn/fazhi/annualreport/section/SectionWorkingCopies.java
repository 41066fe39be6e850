package cn.fazhi.annualreport.section;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.UserDirectory;

/**
 * Autosave: the editor keeps what the liaison typed in the section's working copy a few seconds after typing stops,
 * so that a closed tab, a crashed browser or a lost connection costs nothing. Named revisions are made only by
 * 保存草稿 and submit ({@link SectionService}), which also drop the working copy.
 */
@Service
@Transactional(readOnly = true)
public class SectionWorkingCopies {

	private static final String NOT_WRITING = "problem.section.not-editable";

	private final SectionService sections;

	private final WorkingCopyRepository workingCopies;

	private final SectionRules rules;

	private final UserDirectory directory;

	private final Clock clock;

	SectionWorkingCopies(SectionService sections, WorkingCopyRepository workingCopies, SectionRules rules,
			UserDirectory directory, Clock clock) {
		this.sections = sections;
		this.workingCopies = workingCopies;
		this.rules = rules;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * Keeps {@code content} as the section's working copy, typed on revision {@code basedOn}: 409 when a newer
	 * revision was saved meanwhile (another tab or colleague), so that the editor does not hide it.
	 */
	@Transactional
	public Saved save(SectionKey key, SectionContent content, long basedOn, CurrentUser liaison) {
		Section section = sections.lockForWriting(key, liaison, NOT_WRITING);
		section.requireRevisable(basedOn);
		rules.checkWorkingCopy(content);
		WorkingCopy copy = workingCopies.findById(section.getId()).orElseGet(() -> new WorkingCopy(section.getId()));
		Instant now = clock.instant();
		copy.update(content, section.getLatestRevision(), liaison.id(), now);
		workingCopies.save(copy);
		return new Saved(section.getLatestRevision(), now);
	}

	/**
	 * The working copy the department's liaison may pick up again: only while the section is written and only if no
	 * revision was saved after it (that revision already holds what the liaison meant to keep).
	 */
	public Optional<Draft> find(SectionKey key, CurrentUser liaison) {
		Section section = sections.find(key);
		if (!liaison.isLiaisonOf(key.department()) || !section.getStage().isEditable()) {
			return Optional.empty();
		}
		return workingCopies.findById(section.getId())
			.filter(copy -> copy.getBasedOn() == section.getLatestRevision())
			.map(copy -> new Draft(copy.getBasedOn(), copy.getSavedAt(), directory.displayName(copy.getSavedBy()),
					copy.getContent()));
	}

	/** 放弃自动保存的内容: back to the latest revision. */
	@Transactional
	public void discard(SectionKey key, CurrentUser liaison) {
		Section section = sections.lockForWriting(key, liaison, NOT_WRITING);
		workingCopies.findById(section.getId()).ifPresent(workingCopies::delete);
	}

	/** What an autosave answers: the revision it was typed on and when it was kept. */
	public record Saved(int basedOn, Instant savedAt) {
	}

	/** A working copy to restore: the revision it was typed on, when and by whom it was kept, and its text. */
	public record Draft(int basedOn, Instant savedAt, String savedBy, SectionContent content) {
	}

}
