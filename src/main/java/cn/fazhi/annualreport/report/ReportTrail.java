package cn.fazhi.annualreport.report;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.security.UserDirectory;
import cn.fazhi.annualreport.system.Trail;

/**
 * The report's history (留痕), oldest first: compiled, each revision the editors saved, handed to the leader, signed or
 * returned with the leader's opinion, cleared or returned by the confidentiality review with its notes, published,
 * reopened for a correction. Readable by whoever may read the report.
 */
@Service
@Transactional(readOnly = true)
public class ReportTrail {

	private final ReportService reports;

	private final ReportRevisionRepository revisions;

	private final ReportEventRepository events;

	private final List<ReportHistory> others;

	private final UserDirectory directory;

	private final MessageSource messages;

	ReportTrail(ReportService reports, ReportRevisionRepository revisions, ReportEventRepository events,
			List<ReportHistory> others, UserDirectory directory, MessageSource messages) {
		this.reports = reports;
		this.revisions = revisions;
		this.events = events;
		this.others = others;
		this.directory = directory;
		this.messages = messages;
	}

	public List<Trail.Entry> of(long campaignId, CurrentUser reader) {
		Trail trail = new Trail();
		for (Trail.Version version : versions(campaignId, reader)) {
			String kind = version.author() == null ? "COMPILED" : "SAVED";
			trail.add(0, new Trail.Entry(version.savedAt(), kind, words("trail.report." + kind),
					version.author() == null ? words("trail.system") : version.author(), version.number(), null));
		}
		for (ReportEvent event : events.findAllByCampaignIdOrderByHappenedAtAscIdAsc(campaignId)) {
			trail.add(1, new Trail.Entry(event.getHappenedAt(), event.getKind().name(),
					words("trail.report." + event.getKind()), person(event.getActor()), event.getRevision(), null));
		}
		for (ReportHistory history : others) {
			for (ReportHistory.Entry entry : history.of(campaignId)) {
				trail.add(2, new Trail.Entry(entry.at(), entry.kind(), words("trail.report." + entry.kind(),
						entry.argument()), person(entry.actor()), entry.revision(), entry.comment()));
			}
		}
		return trail.entries();
	}

	/**
	 * The report's revisions, oldest first, each with who made it (by display name; {@code null} for a compilation
	 * the product made) and when.
	 */
	public List<Trail.Version> versions(long campaignId, CurrentUser reader) {
		Report report = reports.readable(campaignId, reader);
		return revisions.headersOf(report.getId())
			.stream()
			.map(header -> new Trail.Version(header.getNumber(),
					ReportRevision.COMPILER.equals(header.getAuthor()) ? null
							: directory.displayName(header.getAuthor()),
					header.getCreatedAt()))
			.toList();
	}

	private String person(String user) {
		return user == null || ReportRevision.COMPILER.equals(user) ? words("trail.system")
				: directory.displayName(user);
	}

	private String words(String code, Object... arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

}
