package cn.fazhi.annualreport.system;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The history of a section or of the report as a 公文 system keeps it (留痕): every step, who took it and when, oldest
 * first, as a 办理过程 is read. Each module adds the steps it records; the pages and the API show the one list.
 */
public final class Trail {

	private final List<Ranked> entries = new ArrayList<>();

	/**
	 * One step.
	 *
	 * @param kind what happened, for programs (SAVED, SUBMITTED, …)
	 * @param action what happened, in words (提交部门负责人确认)
	 * @param actor who did it, by display name (系统 for the product itself)
	 * @param revision the revision it concerns, if any
	 * @param comment the comment, opinion, notes or reason given with it
	 */
	public record Entry(Instant at, String kind, String action, String actor, Integer revision, String comment) {

	}

	/** A revision as the comparison's pickers name it: its number, who saved it and when. */
	public record Version(int number, String author, Instant savedAt) {

	}

	private record Ranked(Entry entry, int rank, int order) {

	}

	/**
	 * Adds a step; {@code rank} orders steps recorded at the same instant in the order they are taken (a save before
	 * the submission it is part of).
	 */
	public Trail add(int rank, Entry entry) {
		entries.add(new Ranked(entry, rank, entries.size()));
		return this;
	}

	/** Oldest first. */
	public List<Entry> entries() {
		return entries.stream()
			.sorted(Comparator.comparing((Ranked r) -> r.entry().at()).thenComparingInt(Ranked::rank)
				.thenComparingInt(Ranked::order))
			.map(Ranked::entry)
			.toList();
	}

}
