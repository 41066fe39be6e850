package cn.fazhi.annualreport.section;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.outline.TextNotation;
import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.ForbiddenException;
import cn.fazhi.annualreport.security.UserDirectory;
import cn.fazhi.annualreport.system.FieldLabels;
import cn.fazhi.annualreport.system.FieldProblem;
import cn.fazhi.annualreport.system.InvalidInputException;
import cn.fazhi.annualreport.system.StageConflictException;
import cn.fazhi.annualreport.campaign.CampaignService;

/**
 * 批注 (DESIGN §8): the department head, while the section waits for the head's confirmation, and the legal bureau's
 * reviewer, while it is under review, comment on words of the revision before them; the liaison answers each and
 * marks it resolved while revising; the revision saved next says which were resolved. Whoever may read the section
 * reads its annotations. A return tells the liaison the open ones ({@link #openOnes}).
 */
@Service
@Transactional(readOnly = true)
public class SectionAnnotations {

	/** Longest quote, comment and answer, in characters. */
	static final int MAX_QUOTE = 1_000;

	static final int MAX_COMMENT = 1_000;

	static final int MAX_REPLY = 1_000;

	/** How many open annotations the message of a return quotes before saying how many there are in all. */
	static final int QUOTED_IN_NOTICE = 3;

	private static final int NOTICE_QUOTE = 30;

	private static final int NOTICE_COMMENT = 60;

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	/** What ends a comment and would stand twice before the notice's own punctuation. */
	private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[。；;，,.！!\\s]+$");

	private final SectionAnnotationRepository annotations;

	private final SectionService sections;

	private final UserDirectory directory;

	private final FieldLabels labels;

	private final MessageSource messages;

	private final CampaignService campaigns;

	private final Clock clock;

	SectionAnnotations(SectionAnnotationRepository annotations, SectionService sections, UserDirectory directory,
			FieldLabels labels, MessageSource messages, CampaignService campaigns, Clock clock) {
		this.annotations = annotations;
		this.campaigns = campaigns;
		this.sections = sections;
		this.directory = directory;
		this.labels = labels;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Comments on words of the revision under the annotator's eyes: 403 unless the annotator is the department's head
	 * or a reviewer who may read the section, 409 unless it waits for that one, 400 unless the quote is in the part.
	 */
	@Transactional
	public Annotation annotate(SectionKey key, NewAnnotation request, CurrentUser annotator) {
		sections.lock(key);
		SectionView section = sections.read(key, annotator);
		if (!annotator.isHeadOf(key.department())
				&& !annotator.isMemberOf(campaigns.roles(key.campaignId()).legalReviewers())) {
			throw new ForbiddenException("problem.forbidden.annotate", section.departmentName());
		}
		if (!mayAnnotate(section, annotator)) {
			throw new StageConflictException("problem.annotation.not-now", section.departmentName(),
					section.stageLabel());
		}
		AnnotatedPart part = checked(request, section);
		return view(annotations.save(new SectionAnnotation(key, section.version(), part,
				part.hasItems() ? request.item() : null, quote(request.quote()), request.comment().strip(),
				annotator.id(), clock.instant())), new HashMap<>());
	}

	/** Whether the user may annotate the section now: its head while it waits for them, a reviewer in review. */
	public boolean mayAnnotate(SectionView section, CurrentUser user) {
		return user.isHeadOf(section.department()) && section.stage() == SectionStage.AWAITING_CONFIRMATION
				|| section.stage() == SectionStage.IN_REVIEW
						&& user.isMemberOf(campaigns.roles(section.campaignId()).legalReviewers());
	}

	/**
	 * The liaison answers an annotation, resolves it or opens it again, while writing the section (409 otherwise);
	 * 400 when the request does neither.
	 */
	@Transactional
	public Annotation answer(SectionKey key, long id, String reply, Boolean resolved, CurrentUser liaison) {
		sections.lockForWriting(key, liaison, "problem.annotation.not-writing");
		SectionAnnotation annotation = annotations.findByIdAndCampaignIdAndDepartment(id, key.campaignId(),
				key.department())
			.orElseThrow(() -> new AnnotationNotFoundException(id));
		if (reply == null && resolved == null) {
			throw new InvalidInputException("reply", "problem.annotation.answer-missing");
		}
		List<FieldProblem> problems = new ArrayList<>();
		FieldProblem.checkLength(problems, "reply", reply == null ? null : reply.strip(), MAX_REPLY);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant now = clock.instant();
		if (reply != null) {
			annotation.reply(reply.isBlank() ? null : reply.strip(), liaison.id(), now);
		}
		if (Boolean.TRUE.equals(resolved)) {
			annotation.resolve(liaison.id(), now);
		}
		else if (Boolean.FALSE.equals(resolved)) {
			annotation.reopen();
		}
		return view(annotation, new HashMap<>());
	}

	/** Every annotation of the section, oldest first, for whoever may read the section. */
	public List<Annotation> list(SectionKey key, CurrentUser reader) {
		sections.requireReader(key, reader);
		Map<String, String> names = new HashMap<>();
		return annotations.findAllByCampaignIdAndDepartmentOrderByIdAsc(key.campaignId(), key.department())
			.stream()
			.map(annotation -> view(annotation, names))
			.toList();
	}

	/**
	 * What the message of a return says of the annotations still open: the first few quoted with their comments,
	 * then how many there are; empty when none is open.
	 */
	public Optional<String> openOnes(SectionKey key) {
		List<SectionAnnotation> open = annotations
			.findAllByCampaignIdAndDepartmentAndResolvedAtIsNullOrderByIdAsc(key.campaignId(), key.department());
		if (open.isEmpty()) {
			return Optional.empty();
		}
		List<String> quoted = open.stream()
			.limit(QUOTED_IN_NOTICE)
			.map(a -> message("notice.open-annotation", beginning(a.getQuote(), NOTICE_QUOTE),
					beginning(CLOSING_PUNCTUATION.matcher(a.getComment()).replaceAll(""), NOTICE_COMMENT)))
			.toList();
		String listed = String.join("；", quoted);
		if (open.size() > QUOTED_IN_NOTICE) {
			listed = message("notice.open-annotations.more", listed, open.size());
		}
		return Optional.of(message("notice.open-annotations", listed, open.size()));
	}

	/** The part the request names, once every field of it is right; 400 naming each wrong one otherwise. */
	private AnnotatedPart checked(NewAnnotation request, SectionView section) {
		List<FieldProblem> problems = new ArrayList<>();
		if (request.revision() == null) {
			problems.add(new FieldProblem("revision", "problem.annotation.required"));
		}
		else if (request.revision() != section.version()) {
			problems.add(new FieldProblem("revision", "problem.annotation.revision", request.revision(),
					section.version()));
		}
		AnnotatedPart part = request.part() == null ? null : AnnotatedPart.of(request.part().strip()).orElse(null);
		if (request.part() == null || request.part().isBlank()) {
			problems.add(new FieldProblem("part", "problem.annotation.required"));
		}
		else if (part == null) {
			problems.add(new FieldProblem("part", "problem.annotation.part", request.part(), AnnotatedPart.codes()));
		}
		SectionContent content = section.content();
		if (part != null && part.hasItems()) {
			if (request.item() == null) {
				problems.add(new FieldProblem("item", "problem.annotation.item-missing"));
			}
			else if (request.item() < 0 || request.item() >= part.items(content)) {
				problems.add(new FieldProblem("item", "problem.annotation.item", section.version(),
						part.items(content), request.item()));
			}
		}
		else if (part != null && request.item() != null) {
			problems.add(new FieldProblem("item", "problem.annotation.not-itemized"));
		}
		String quote = quote(request.quote());
		if (quote.isEmpty()) {
			problems.add(new FieldProblem("quote", "problem.annotation.quote-missing"));
		}
		FieldProblem.checkLength(problems, "quote", quote, MAX_QUOTE);
		if (request.comment() == null || request.comment().isBlank()) {
			problems.add(new FieldProblem("comment", "problem.annotation.comment-missing"));
		}
		FieldProblem.checkLength(problems, "comment", request.comment() == null ? null : request.comment().strip(),
				MAX_COMMENT);
		// the words as the page shows them: a lead-in without its marks, a table's cells
		if (problems.isEmpty() && part.texts(content, request.item()).stream().map(TextNotation::plain)
			.map(SectionAnnotations::quote)
			.noneMatch(text -> text.contains(quote))) {
			problems.add(new FieldProblem("quote", "problem.annotation.quote-not-found", quote, section.version(),
					labels.of(part.field(request.item()))));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return part;
	}

	/**
	 * Words as a browser's selection gives them and as the text has them alike: white space, which a page shows as
	 * one space and a selection across lines gives as breaks, counts as one space.
	 */
	private static String quote(String text) {
		return text == null ? "" : WHITE_SPACE.matcher(text).replaceAll(" ").strip();
	}

	private Annotation view(SectionAnnotation a, Map<String, String> names) {
		AnnotatedPart part = AnnotatedPart.of(a.getPart()).orElseThrow();
		return new Annotation(a.getId(), a.getRevision(), a.getPart(), a.getItem(), labels.of(part.field(a.getItem())),
				a.getQuote(), a.getComment(), name(a.getAuthor(), names), a.getCreatedAt(), a.getReply(),
				name(a.getRepliedBy(), names), a.getRepliedAt(), a.isResolved(), name(a.getResolvedBy(), names),
				a.getResolvedAt(), a.getResolvedInRevision());
	}

	private String name(String userId, Map<String, String> names) {
		return userId == null ? null : names.computeIfAbsent(userId, directory::displayName);
	}

	private String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, Locale.SIMPLIFIED_CHINESE);
	}

	private static String beginning(String text, int length) {
		return text.codePointCount(0, text.length()) <= length ? text
				: text.substring(0, text.offsetByCodePoints(0, length)) + "…";
	}

	/**
	 * What the head or the reviewer asks to add: the revision they read, the part ({@link AnnotatedPart}'s codes),
	 * the achievement item counted from 0 for part one, the words quoted and the comment.
	 */
	public record NewAnnotation(Integer revision, String part, Integer item, String quote, String comment) {

	}

	/**
	 * One annotation as the section lists it (DESIGN §8), people by display name.
	 *
	 * @param where the part, and the item, as the page names it (主要举措和成效第 2 项)
	 * @param resolvedInRevision the first revision saved or submitted after it was resolved; {@code null} until then
	 */
	public record Annotation(long id, int revision, String part, Integer item, String where, String quote,
			String comment, String author, Instant createdAt, String reply, String repliedBy, Instant repliedAt,
			boolean resolved, String resolvedBy, Instant resolvedAt, Integer resolvedInRevision) {

	}

}
