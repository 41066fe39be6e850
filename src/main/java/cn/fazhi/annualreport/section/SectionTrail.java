package cn.fazhi.annualreport.section;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.UserDirectory;
import cn.fazhi.annualreport.system.Trail;

/**
 * A section's history (留痕), oldest first: each revision saved, each submission and withdrawal, the head's and the
 * legal bureau's decisions with their comments, the editors' urges and the requests for more time with their answers.
 * Whoever may read the section reads its history, up to the revision they may read.
 */
@Service
@Transactional(readOnly = true)
public class SectionTrail {

	private final SectionService sections;

	private final SectionEventRepository events;

	private final SectionHistory decisions;

	private final SectionUrges urges;

	private final SectionExtensions extensions;

	private final UserDirectory directory;

	private final MessageSource messages;

	SectionTrail(SectionService sections, SectionEventRepository events, SectionHistory decisions, SectionUrges urges,
			SectionExtensions extensions, UserDirectory directory, MessageSource messages) {
		this.sections = sections;
		this.events = events;
		this.decisions = decisions;
		this.urges = urges;
		this.extensions = extensions;
		this.directory = directory;
		this.messages = messages;
	}

	public List<Trail.Entry> of(SectionKey key, CurrentUser reader) {
		int visible = sections.visibleRevision(key, reader);
		Trail trail = new Trail();
		for (Trail.Version saved : sections.versions(key, reader)) {
			trail.add(0, new Trail.Entry(saved.savedAt(), "SAVED", words("trail.section.SAVED"), saved.author(),
					saved.number(), null));
		}
		for (SectionEvent event : events.findAllByCampaignIdAndDepartmentOrderByHappenedAtAscIdAsc(key.campaignId(),
				key.department())) {
			if (event.getRevision() <= visible) {
				trail.add(1, new Trail.Entry(event.getHappenedAt(), event.getKind().name(),
						words("trail.section." + event.getKind()), directory.displayName(event.getActor()),
						event.getRevision(), null));
			}
		}
		for (SectionHistory.Entry decision : decisions.of(key)) {
			trail.add(2, new Trail.Entry(decision.at(), decision.kind(), decision.label(), decision.author(),
					decision.revision(), decision.comment()));
		}
		for (SectionUrges.Entry urge : urges.history(key)) {
			trail.add(3, new Trail.Entry(urge.at(), "URGED", words("trail.section.URGED", urge.stepName()),
					urge.urgedBy(), null, null));
		}
		for (ExtensionRequest request : extensions.history(key)) {
			trail.add(4, new Trail.Entry(request.getRequestedAt(), "EXTENSION_REQUESTED",
					words("trail.section.EXTENSION_REQUESTED", request.getCurrentDue(), request.getRequestedUntil()),
					directory.displayName(request.getRequestedBy()), null, request.getReason()));
			if (request.getStatus() != ExtensionRequest.Status.PENDING && request.getDecidedAt() != null) {
				String kind = "EXTENSION_" + request.getStatus();
				trail.add(5, new Trail.Entry(request.getDecidedAt(), kind,
						words("trail.section." + kind, request.getGrantedUntil()),
						directory.displayName(request.getDecidedBy()), null, request.getComment()));
			}
		}
		return trail.entries();
	}

	private String words(String code, Object... arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

}
