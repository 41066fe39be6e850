package cn.fazhi.annualreport.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

/**
 * What changed between two texts, line by line (a line is a paragraph of the report), and inside a changed paragraph
 * character by character, since a reviser usually touches a few words of a long Chinese paragraph.
 */
public final class TextDiff {

	private TextDiff() {
	}

	public static List<Change> between(List<String> from, List<String> to) {
		List<Change> changes = new ArrayList<>();
		for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
			List<String> removed = delta.getSource().getLines();
			List<String> added = delta.getTarget().getLines();
			List<Segment> inline = delta.getType() == DeltaType.CHANGE && removed.size() == added.size()
					? inline(String.join("\n", removed), String.join("\n", added)) : List.of();
			changes.add(new Change(Type.valueOf(delta.getType().name()), delta.getSource().getPosition() + 1,
					removed, delta.getTarget().getPosition() + 1, added, inline));
		}
		return changes;
	}

	private static List<Segment> inline(String from, String to) {
		List<String> before = from.codePoints().mapToObj(Character::toString).toList();
		List<String> after = to.codePoints().mapToObj(Character::toString).toList();
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
			int start = delta.getSource().getPosition();
			if (start > at) {
				segments.add(new Segment(Segment.Kind.SAME, String.join("", before.subList(at, start))));
			}
			if (!delta.getSource().getLines().isEmpty()) {
				segments.add(new Segment(Segment.Kind.REMOVED, String.join("", delta.getSource().getLines())));
			}
			if (!delta.getTarget().getLines().isEmpty()) {
				segments.add(new Segment(Segment.Kind.ADDED, String.join("", delta.getTarget().getLines())));
			}
			at = start + delta.getSource().size();
		}
		if (at < before.size()) {
			segments.add(new Segment(Segment.Kind.SAME, String.join("", before.subList(at, before.size()))));
		}
		return segments;
	}

	/** The changes from one revision to another of a section or of the report. */
	public record Revisions(int from, int to, List<Change> changes) {

	}

	/**
	 * What changed between two revisions, revision 0 being the empty text: by default from the revision before
	 * {@code to}, to {@code last}, the latest the reader may see; a number outside 0..last answers 400.
	 */
	public static Revisions revisions(Integer from, Integer to, int last, IntFunction<List<String>> linesOfRevision) {
		int target = to == null ? last : to;
		int source = from == null ? Math.max(target - 1, 0) : from;
		checkRevision("from", source, last);
		checkRevision("to", target, last);
		return new Revisions(source, target, between(linesOfRevision.apply(source), linesOfRevision.apply(target)));
	}

	/** Refuses a revision number the reader cannot compare: below 0 or above the last one they may see. */
	static void checkRevision(String parameter, int number, int last) {
		if (number < 0 || number > last) {
			throw new InvalidInputException(parameter, "problem.diff.no-revision", number, last);
		}
	}

	public enum Type {

		/** Lines of the first text replaced by lines of the second. */
		CHANGE,
		/** Lines only in the first text. */
		DELETE,
		/** Lines only in the second text. */
		INSERT,
		EQUAL

	}

	/**
	 * One change: where it is in each text (lines counted from 1), what was removed and added, and for a changed
	 * paragraph the characters kept, removed and added in order.
	 */
	public record Change(Type type, int fromLine, List<String> removed, int toLine, List<String> added,
			List<Segment> inline) {

	}

	public record Segment(Kind kind, String text) {

		public enum Kind {

			SAME, REMOVED, ADDED

		}

	}

}
