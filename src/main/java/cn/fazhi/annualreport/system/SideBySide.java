package cn.fazhi.annualreport.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Two revisions of a section or of the report side by side, as a reviewer reads them: aligned by part and item (each
 * row named by its headings, never by a paragraph number), items matched by what they are about rather than by
 * their position, so that a moved item shows as moved, and inside a changed paragraph the changed words marked, a
 * rewritten sentence as one removal and one insertion.
 * <p>
 * The callers describe a revision as a tree of {@link Unit}s (parts, items, sub-items, each with its paragraphs);
 * what a unit is called and how items are numbered is theirs to say.
 */
public final class SideBySide {

	/** Separates the headings of a place: 一、主要举措和成效 › （二）严格规范公正文明执法 › 3. 深化综合执法改革. */
	public static final String PLACE_SEPARATOR = " › ";

	/** Items whose headings (or, failing that, texts) are at least this alike are the same item. */
	static final double SAME_ITEM = 0.5;

	/** An item whose heading changed is still the same one when its text is at least this alike. */
	static final double SAME_TEXT = 0.7;

	/** Two paragraphs (or sentences) at least this alike are one paragraph changed, not one removed and one added. */
	static final double SAME_PARAGRAPH = 0.3;

	/** A paragraph or sentence with less than this share of its words kept reads as wholly replaced. */
	static final double MOSTLY_KEPT = 0.5;

	private SideBySide() {
	}

	/**
	 * A part or an item of a revision.
	 *
	 * @param key what the unit is, when it is fixed (a statutory part, a topic of the catalogue): units with the same
	 * key are the same; {@code null} for items, which are matched by their heading and text
	 * @param heading the item's heading or title as a row of its own, {@code null} for a unit without one
	 * @param owner who wrote an item (a department), if known: items of different owners are never the same
	 * @param label how the place names the unit in its revision (一、主要举措和成效, 第 2 项 “标题”); empty for a
	 * paragraph without a heading, whose place is its parent's
	 * @param number the item's number among its siblings, for “由第 3 项移至第 1 项”
	 */
	public record Unit(String key, String heading, String owner, String label, int number, List<String> paragraphs,
			List<Unit> children) {

		public Unit {
			label = label == null ? "" : label;
			paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
			children = children == null ? List.of() : List.copyOf(children);
		}

		/** A fixed part: the same in every revision. */
		public static Unit part(String key, String heading, String label, List<String> paragraphs,
				List<Unit> children) {
			return new Unit(key, heading, null, label, 0, paragraphs, children);
		}

		/** An item, matched across revisions by its heading and text. */
		public static Unit item(String heading, String owner, String label, int number, List<String> paragraphs,
				List<Unit> children) {
			return new Unit(null, heading, owner, label, number, paragraphs, children);
		}

	}

	/** What a row shows. */
	public enum Kind {

		ADDED, REMOVED, CHANGED, MOVED, SAME

	}

	/**
	 * One row of the two columns.
	 *
	 * @param place the headings of where the row is (in the later revision, or the earlier for what was removed)
	 * @param before the text in the earlier revision, {@code null} for what was added
	 * @param after the text in the later revision, {@code null} for what was removed
	 * @param segments for a changed text: what was kept, removed and added, in reading order
	 * @param heading whether the row is an item's heading (or title) rather than a paragraph
	 * @param replaced whether the text changed so much that it reads as replaced as a whole
	 * @param note for a moved item, where it was and where it is (由第 3 项移至第 1 项)
	 */
	public record Row(String place, Kind kind, String before, String after, List<Segment> segments, boolean heading,
			boolean replaced, String note) {

	}

	public record Segment(Kind kind, String text) {

	}

	/** What changed, counted as a reader would: whole items, and paragraphs inside the items kept. */
	public record Summary(int itemsAdded, int paragraphsAdded, int paragraphsChanged, int itemsRemoved,
			int paragraphsRemoved, int itemsMoved) {

		@JsonIgnore
		public boolean isEmpty() {
			return itemsAdded + paragraphsAdded + paragraphsChanged + itemsRemoved + paragraphsRemoved
					+ itemsMoved == 0;
		}

		/** 新增 3 项、修改 5 段、删除 1 段、移动 1 项: the counts that are not zero. */
		@JsonProperty
		public String text() {
			List<String> parts = new ArrayList<>();
			count(parts, "新增", itemsAdded, "项");
			count(parts, "新增", paragraphsAdded, "段");
			count(parts, "修改", paragraphsChanged, "段");
			count(parts, "删除", itemsRemoved, "项");
			count(parts, "删除", paragraphsRemoved, "段");
			count(parts, "移动", itemsMoved, "项");
			return parts.isEmpty() ? "两版内容相同" : String.join("、", parts);
		}

		private static void count(List<String> parts, String verb, int count, String unit) {
			if (count > 0) {
				parts.add(verb + " " + count + " " + unit);
			}
		}

	}

	/** Two revisions compared; revision 0 is the empty one. */
	public record Comparison(int from, int to, Summary summary, List<Row> rows) {

		/** Whether any row is not {@link Kind#SAME}. */
		public boolean hasChanges() {
			return !summary.isEmpty();
		}

		/** The rows in runs of one place each, as a page shows them under the place's headings. */
		public List<Group> groups() {
			List<Group> groups = new ArrayList<>();
			List<Row> run = new ArrayList<>();
			for (Row row : rows) {
				if (!run.isEmpty() && !run.get(0).place().equals(row.place())) {
					groups.add(new Group(run.get(0).place(), List.copyOf(run)));
					run.clear();
				}
				run.add(row);
			}
			if (!run.isEmpty()) {
				groups.add(new Group(run.get(0).place(), List.copyOf(run)));
			}
			return groups;
		}

	}

	/** Rows of one place. */
	public record Group(String place, List<Row> rows) {

		public boolean changed() {
			return rows.stream().anyMatch(row -> row.kind() != Kind.SAME);
		}

	}

	/**
	 * Compares two revisions, as {@link TextDiff#revisions} chooses them: {@code to} defaults to {@code last}, the
	 * latest the reader may see, {@code from} to the revision before {@code to}; a number outside 0..last answers 400.
	 */
	public static Comparison revisions(Integer from, Integer to, int last, IntFunction<List<Unit>> outlineOf) {
		int target = to == null ? last : to;
		int source = from == null ? Math.max(target - 1, 0) : from;
		TextDiff.checkRevision("from", source, last);
		TextDiff.checkRevision("to", target, last);
		return compare(source, target, outlineOf.apply(source), outlineOf.apply(target));
	}

	public static Comparison compare(int from, int to, List<Unit> before, List<Unit> after) {
		return new Comparing(before, after).run(from, to);
	}

	// --- matching and rows -------------------------------------------------------------------------------------------

	/** A unit where it stands in its revision. */
	private static final class Node {

		final Unit unit;

		final Node parent;

		final int depth;

		final String place;

		final List<Node> children = new ArrayList<>();

		Node match;

		boolean moved;

		String note;

		Node(Unit unit, Node parent) {
			this.unit = unit;
			this.parent = parent;
			this.depth = parent == null ? 0 : parent.depth + 1;
			String above = parent == null ? "" : parent.place;
			this.place = unit.label().isEmpty() ? above
					: above.isEmpty() ? unit.label() : above + PLACE_SEPARATOR + unit.label();
			unit.children().forEach(child -> children.add(new Node(child, this)));
		}

		boolean isItem() {
			return unit.key() == null;
		}

		String text() {
			return String.join("\n", unit.paragraphs());
		}

	}

	private static final class Comparing {

		final Node oldRoot;

		final Node newRoot;

		final List<Row> rows = new ArrayList<>();

		int itemsAdded, paragraphsAdded, paragraphsChanged, itemsRemoved, paragraphsRemoved, itemsMoved;

		Comparing(List<Unit> before, List<Unit> after) {
			this.oldRoot = new Node(new Unit("", null, null, "", 0, List.of(), before), null);
			this.newRoot = new Node(new Unit("", null, null, "", 0, List.of(), after), null);
		}

		Comparison run(int from, int to) {
			oldRoot.match = newRoot;
			newRoot.match = oldRoot;
			matchChildren(oldRoot, newRoot);
			matchAcrossParents();
			markMoves(newRoot);
			emitChildren(oldRoot, newRoot);
			return new Comparison(from, to, new Summary(itemsAdded, paragraphsAdded, paragraphsChanged, itemsRemoved,
					paragraphsRemoved, itemsMoved), rows);
		}

		/** Children of two matched units: fixed parts by key, items by how alike they are; then their children. */
		void matchChildren(Node old, Node neu) {
			for (Node n : neu.children) {
				if (!n.isItem()) {
					old.children.stream()
						.filter(o -> o.match == null && n.unit.key().equals(o.unit.key()))
						.findFirst()
						.ifPresent(o -> pair(o, n));
				}
			}
			pairAlike(old.children, neu.children);
			for (Node n : neu.children) {
				if (n.match != null && n.match.parent == old) {
					matchChildren(n.match, n);
				}
			}
		}

		/**
		 * Items left unmatched under their parents may have moved to another parent (an item put under another
		 * topic): matched among all the unmatched items of their depth.
		 */
		void matchAcrossParents() {
			List<Node> olds = new ArrayList<>();
			List<Node> news = new ArrayList<>();
			collectUnmatched(oldRoot, olds);
			collectUnmatched(newRoot, news);
			int deepest = news.stream().mapToInt(n -> n.depth).max().orElse(0);
			for (int depth = 1; depth <= deepest; depth++) {
				int d = depth;
				List<Node> newAtDepth = news.stream().filter(n -> n.depth == d && n.match == null).toList();
				List<Node> oldAtDepth = olds.stream().filter(o -> o.depth == d && o.match == null).toList();
				List<Node> paired = pairAlike(oldAtDepth, newAtDepth);
				for (Node n : paired) {
					n.moved = true;
					n.note = "由“" + parentPlace(n.match) + "”移至“" + parentPlace(n) + "”";
					matchChildren(n.match, n);
				}
			}
		}

		static String parentPlace(Node node) {
			return node.parent.place.isEmpty() ? "开头" : node.parent.place;
		}

		static void collectUnmatched(Node node, List<Node> into) {
			for (Node child : node.children) {
				if (child.match == null && child.isItem()) {
					into.add(child);
				}
				collectUnmatched(child, into);
			}
		}

		/** Pairs the most alike unmatched items first; returns the newly matched items of {@code news}. */
		List<Node> pairAlike(List<Node> olds, List<Node> news) {
			record Candidate(Node old, Node neu, double score, int distance) {
			}
			List<Candidate> candidates = new ArrayList<>();
			for (int j = 0; j < news.size(); j++) {
				Node n = news.get(j);
				if (n.match != null || !n.isItem()) {
					continue;
				}
				for (int i = 0; i < olds.size(); i++) {
					Node o = olds.get(i);
					if (o.match != null || !o.isItem()) {
						continue;
					}
					if (o.unit.owner() != null && n.unit.owner() != null && !o.unit.owner().equals(n.unit.owner())) {
						continue;
					}
					double score = itemLikeness(o, n);
					if (score >= SAME_ITEM) {
						candidates.add(new Candidate(o, n, score, Math.abs(i - j)));
					}
				}
			}
			candidates.sort(Comparator.comparingDouble(Candidate::score)
				.reversed()
				.thenComparingInt(Candidate::distance));
			List<Node> paired = new ArrayList<>();
			for (Candidate c : candidates) {
				if (c.old().match == null && c.neu().match == null) {
					pair(c.old(), c.neu());
					paired.add(c.neu());
				}
			}
			return paired;
		}

		/** By title when both have one; a retitled item is still the same when its text stayed. */
		static double itemLikeness(Node o, Node n) {
			String oldHeading = o.unit.heading() == null ? "" : o.unit.heading();
			String newHeading = n.unit.heading() == null ? "" : n.unit.heading();
			double text = likeness(o.text(), n.text());
			if (oldHeading.isEmpty() || newHeading.isEmpty()) {
				return oldHeading.isEmpty() && newHeading.isEmpty() ? text : 0;
			}
			double heading = likeness(oldHeading, newHeading);
			return Math.max(heading, text >= SAME_TEXT ? text * 0.9 : 0);
		}

		static void pair(Node o, Node n) {
			o.match = n;
			n.match = o;
		}

		/**
		 * Items kept under the same parent moved when they are out of the order of the others: the longest run of
		 * items in their old order stays, the rest moved.
		 */
		void markMoves(Node neu) {
			List<Node> kept = neu.children.stream()
				.filter(n -> n.isItem() && n.match != null && n.match.parent == neu.match)
				.toList();
			List<Integer> oldPositions = kept.stream().map(n -> n.match.parent.children.indexOf(n.match)).toList();
			boolean[] inOrder = longestIncreasing(oldPositions);
			for (int i = 0; i < kept.size(); i++) {
				if (!inOrder[i]) {
					Node n = kept.get(i);
					n.moved = true;
					n.note = "由第 " + n.match.unit.number() + " 项移至第 " + n.unit.number() + " 项";
				}
			}
			neu.children.forEach(child -> {
				if (child.match != null) {
					markMoves(child);
				}
			});
		}

		/** Which elements belong to one longest strictly increasing subsequence. */
		static boolean[] longestIncreasing(List<Integer> values) {
			int n = values.size();
			int[] length = new int[n];
			int[] previous = new int[n];
			int best = -1;
			for (int i = 0; i < n; i++) {
				length[i] = 1;
				previous[i] = -1;
				for (int j = 0; j < i; j++) {
					if (values.get(j) < values.get(i) && length[j] + 1 > length[i]) {
						length[i] = length[j] + 1;
						previous[i] = j;
					}
				}
				if (best < 0 || length[i] > length[best]) {
					best = i;
				}
			}
			boolean[] in = new boolean[n];
			for (int i = best; i >= 0; i = previous[i]) {
				in[i] = true;
			}
			return in;
		}

		/**
		 * The rows of the children of two matched units, in the later revision's order; what was removed comes after
		 * the item it followed.
		 */
		void emitChildren(Node old, Node neu) {
			Map<Node, List<Node>> removedAfter = new IdentityHashMap<>();
			List<Node> removedFirst = new ArrayList<>();
			Node anchor = null;
			for (Node o : old == null ? List.<Node>of() : old.children) {
				if (o.match == null) {
					if (anchor == null) {
						removedFirst.add(o);
					}
					else {
						removedAfter.computeIfAbsent(anchor, a -> new ArrayList<>()).add(o);
					}
				}
				else if (o.match.parent == neu) {
					anchor = o.match;
				}
			}
			removedFirst.forEach(this::emitRemoved);
			for (Node n : neu.children) {
				emit(n);
				removedAfter.getOrDefault(n, List.of()).forEach(this::emitRemoved);
			}
		}

		void emit(Node n) {
			if (n.match == null) {
				emitAdded(n, true);
				return;
			}
			Node o = n.match;
			if (n.moved) {
				itemsMoved++;
			}
			String before = Objects.requireNonNullElse(o.unit.heading(), "");
			String after = Objects.requireNonNullElse(n.unit.heading(), "");
			if (!before.isEmpty() || !after.isEmpty() || n.moved) {
				if (n.moved) {
					Inline inline = before.equals(after) ? null : Inline.of(before, after);
					rows.add(new Row(n.place, Kind.MOVED, before, after, inline == null ? List.of() : inline.segments,
							true, inline != null && inline.replaced, n.note));
				}
				else if (before.equals(after)) {
					rows.add(new Row(n.place, Kind.SAME, before, after, List.of(), true, false, null));
				}
				else {
					paragraphsChanged++;
					Inline inline = Inline.of(before, after);
					rows.add(new Row(n.place, Kind.CHANGED, before, after, inline.segments, true, inline.replaced,
							null));
				}
			}
			for (Aligned pair : align(o.unit.paragraphs(), n.unit.paragraphs(), SAME_PARAGRAPH)) {
				if (pair.before() == null) {
					paragraphsAdded++;
					rows.add(new Row(n.place, Kind.ADDED, null, pair.after(), List.of(), false, false, null));
				}
				else if (pair.after() == null) {
					paragraphsRemoved++;
					rows.add(new Row(n.place, Kind.REMOVED, pair.before(), null, List.of(), false, false, null));
				}
				else if (pair.before().equals(pair.after())) {
					rows.add(new Row(n.place, Kind.SAME, pair.before(), pair.after(), List.of(), false, false, null));
				}
				else {
					paragraphsChanged++;
					Inline inline = Inline.of(pair.before(), pair.after());
					rows.add(new Row(n.place, Kind.CHANGED, pair.before(), pair.after(), inline.segments, false,
							inline.replaced, null));
				}
			}
			emitChildren(o, n);
		}

		/** A unit only in the later revision; an added item counts once, with all it holds. */
		void emitAdded(Node n, boolean counted) {
			boolean item = counted && n.isItem();
			if (item) {
				itemsAdded++;
			}
			if (n.unit.heading() != null && !n.unit.heading().isEmpty()) {
				rows.add(new Row(n.place, Kind.ADDED, null, n.unit.heading(), List.of(), true, false, null));
			}
			for (String paragraph : n.unit.paragraphs()) {
				if (!item && counted) {
					paragraphsAdded++;
				}
				rows.add(new Row(n.place, Kind.ADDED, null, paragraph, List.of(), false, false, null));
			}
			for (Node child : n.children) {
				if (child.match != null) {
					emit(child);
				}
				else {
					emitAdded(child, !item && counted);
				}
			}
		}

		void emitRemoved(Node o) {
			emitRemoved(o, true);
		}

		void emitRemoved(Node o, boolean counted) {
			boolean item = counted && o.isItem();
			if (item) {
				itemsRemoved++;
			}
			if (o.unit.heading() != null && !o.unit.heading().isEmpty()) {
				rows.add(new Row(o.place, Kind.REMOVED, o.unit.heading(), null, List.of(), true, false, null));
			}
			for (String paragraph : o.unit.paragraphs()) {
				if (!item && counted) {
					paragraphsRemoved++;
				}
				rows.add(new Row(o.place, Kind.REMOVED, paragraph, null, List.of(), false, false, null));
			}
			for (Node child : o.children) {
				// a child that moved elsewhere shows where it went
				if (child.match == null) {
					emitRemoved(child, !item && counted);
				}
			}
		}

	}

	// --- paragraphs and sentences --------------------------------------------------------------------------------------

	/** A paragraph (or sentence) of each revision, aligned: one side is {@code null} where it was added or removed. */
	record Aligned(String before, String after) {

	}

	/**
	 * Aligns two sequences of texts: equal ones in order, and within a stretch that differs, the most alike ones
	 * paired as changed (when at least {@code threshold} alike), the others removed or added.
	 */
	static List<Aligned> align(List<String> before, List<String> after, double threshold) {
		List<Aligned> aligned = new ArrayList<>();
		int at = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
			int start = delta.getSource().getPosition();
			int targetStart = delta.getTarget().getPosition();
			for (int i = at; i < start; i++) {
				aligned.add(new Aligned(before.get(i), after.get(targetStart - (start - i))));
			}
			aligned.addAll(pairStretch(delta.getSource().getLines(), delta.getTarget().getLines(), threshold));
			at = start + delta.getSource().size();
		}
		int offset = after.size() - before.size();
		for (int i = at; i < before.size(); i++) {
			aligned.add(new Aligned(before.get(i), after.get(i + offset)));
		}
		return aligned;
	}

	/**
	 * The pairing of two stretches that keeps their order and pairs the most alike texts (dynamic programming). One
	 * text in place of one other is that text changed, however much.
	 */
	private static List<Aligned> pairStretch(List<String> removed, List<String> added, double threshold) {
		int m = removed.size();
		int n = added.size();
		if (m == 1 && n == 1) {
			return List.of(new Aligned(removed.get(0), added.get(0)));
		}
		double[][] best = new double[m + 1][n + 1];
		double[][] alike = new double[m][n];
		for (int i = m - 1; i >= 0; i--) {
			for (int j = n - 1; j >= 0; j--) {
				alike[i][j] = likeness(removed.get(i), added.get(j));
				double pairHere = alike[i][j] >= threshold ? alike[i][j] + best[i + 1][j + 1] : -1;
				best[i][j] = Math.max(pairHere, Math.max(best[i + 1][j], best[i][j + 1]));
			}
		}
		List<Aligned> pairs = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < m && j < n) {
			if (alike[i][j] >= threshold && best[i][j] == alike[i][j] + best[i + 1][j + 1]) {
				pairs.add(new Aligned(removed.get(i++), added.get(j++)));
			}
			else if (best[i][j] == best[i + 1][j]) {
				pairs.add(new Aligned(removed.get(i++), null));
			}
			else {
				pairs.add(new Aligned(null, added.get(j++)));
			}
		}
		while (i < m) {
			pairs.add(new Aligned(removed.get(i++), null));
		}
		while (j < n) {
			pairs.add(new Aligned(null, added.get(j++)));
		}
		return pairs;
	}

	/**
	 * How alike two texts are, from 0 to 1: the Dice coefficient of their pairs of adjacent characters, which needs
	 * no word list and is cheap enough to compare every item with every other.
	 */
	static double likeness(String a, String b) {
		if (a.equals(b)) {
			return 1;
		}
		List<String> x = bigrams(a);
		List<String> y = bigrams(b);
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		Map<String, Integer> counts = new HashMap<>();
		x.forEach(g -> counts.merge(g, 1, Integer::sum));
		int common = 0;
		for (String g : y) {
			Integer left = counts.get(g);
			if (left != null && left > 0) {
				common++;
				counts.put(g, left - 1);
			}
		}
		return 2.0 * common / (x.size() + y.size());
	}

	private static List<String> bigrams(String text) {
		int[] cps = text.codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
		List<String> grams = new ArrayList<>();
		if (cps.length == 1) {
			grams.add(new String(cps, 0, 1));
		}
		for (int i = 0; i + 1 < cps.length; i++) {
			grams.add(new String(cps, i, 2));
		}
		return grams;
	}

	/**
	 * The words of a text for comparing it: a run of Latin letters or digits (with the points and commas inside a
	 * number) is one word, each Chinese character is one, each punctuation mark is one, a run of spaces is one.
	 */
	public static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			int end = i + Character.charCount(cp);
			if (isWordCharacter(cp)) {
				while (end < text.length()) {
					int next = text.codePointAt(end);
					if (isWordCharacter(next)) {
						end += Character.charCount(next);
					}
					else if ((next == '.' || next == ',') && end + 1 < text.length()
							&& Character.isDigit(text.codePointBefore(end))
							&& Character.isDigit(text.codePointAt(end + 1))) {
						end++;
					}
					else {
						break;
					}
				}
			}
			else if (Character.isWhitespace(cp)) {
				while (end < text.length() && Character.isWhitespace(text.codePointAt(end))) {
					end += Character.charCount(text.codePointAt(end));
				}
			}
			tokens.add(text.substring(i, end));
			i = end;
		}
		return tokens;
	}

	private static boolean isWordCharacter(int cp) {
		return Character.isLetterOrDigit(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN
				&& Character.UnicodeScript.of(cp) != Character.UnicodeScript.HIRAGANA
				&& Character.UnicodeScript.of(cp) != Character.UnicodeScript.KATAKANA;
	}

	/** Sentences end with 。！？； (and their Latin forms); what follows the last one is a sentence too. */
	static List<String> sentences(String text) {
		List<String> sentences = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if ("。！？；!?;".indexOf(text.charAt(i)) >= 0) {
				// closing quotes and brackets belong to the sentence they close
				int end = i + 1;
				while (end < text.length() && "”’）)」』".indexOf(text.charAt(end)) >= 0) {
					end++;
				}
				sentences.add(text.substring(start, end));
				start = end;
				i = end - 1;
			}
		}
		if (start < text.length()) {
			sentences.add(text.substring(start));
		}
		return sentences;
	}

	/** The marked words of one changed paragraph. */
	static final class Inline {

		final List<Segment> segments;

		final boolean replaced;

		private Inline(List<Segment> segments, boolean replaced) {
			this.segments = segments;
			this.replaced = replaced;
		}

		/**
		 * A paragraph with less than half its words kept is shown replaced as a whole; otherwise sentence by sentence,
		 * a rewritten sentence as one removal and one insertion and the words changed inside the others, changes only
		 * a word or two apart joined into one.
		 */
		static Inline of(String before, String after) {
			if (kept(tokens(before), tokens(after)) < MOSTLY_KEPT) {
				return new Inline(replacement(before, after), true);
			}
			List<Segment> segments = new ArrayList<>();
			for (Aligned sentence : align(sentences(before), sentences(after), SAME_PARAGRAPH)) {
				if (sentence.after() == null) {
					segments.add(new Segment(Kind.REMOVED, sentence.before()));
				}
				else if (sentence.before() == null) {
					segments.add(new Segment(Kind.ADDED, sentence.after()));
				}
				else if (sentence.before().equals(sentence.after())) {
					segments.add(new Segment(Kind.SAME, sentence.before()));
				}
				else {
					List<String> a = tokens(sentence.before());
					List<String> b = tokens(sentence.after());
					segments.addAll(kept(a, b) < MOSTLY_KEPT ? replacement(sentence.before(), sentence.after())
							: words(a, b));
				}
			}
			return new Inline(coalesce(segments), false);
		}

		private static List<Segment> replacement(String before, String after) {
			List<Segment> segments = new ArrayList<>();
			if (!before.isEmpty()) {
				segments.add(new Segment(Kind.REMOVED, before));
			}
			if (!after.isEmpty()) {
				segments.add(new Segment(Kind.ADDED, after));
			}
			return segments;
		}

		/** The share of words kept: twice the words in common over the words of both. */
		static double kept(List<String> a, List<String> b) {
			if (a.isEmpty() && b.isEmpty()) {
				return 1;
			}
			int removed = 0;
			for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
				removed += delta.getSource().size();
			}
			return 2.0 * (a.size() - removed) / (a.size() + b.size());
		}

		private static List<Segment> words(List<String> a, List<String> b) {
			List<Segment> segments = new ArrayList<>();
			int at = 0;
			for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
				int start = delta.getSource().getPosition();
				if (start > at) {
					segments.add(new Segment(Kind.SAME, String.join("", a.subList(at, start))));
				}
				if (!delta.getSource().getLines().isEmpty()) {
					segments.add(new Segment(Kind.REMOVED, String.join("", delta.getSource().getLines())));
				}
				if (!delta.getTarget().getLines().isEmpty()) {
					segments.add(new Segment(Kind.ADDED, String.join("", delta.getTarget().getLines())));
				}
				at = start + delta.getSource().size();
			}
			if (at < a.size()) {
				segments.add(new Segment(Kind.SAME, String.join("", a.subList(at, a.size()))));
			}
			return segments;
		}

	}

	/**
	 * Joins changes that only a word or two keep apart, and a kept stretch shorter than the changes around it, into
	 * one removal followed by one insertion, so that a rewritten phrase reads as such rather than as a jumble.
	 */
	static List<Segment> coalesce(List<Segment> segments) {
		// runs: kept text, or a change (what was removed and what was added)
		List<StringBuilder[]> runs = new ArrayList<>();
		for (Segment segment : segments) {
			if (segment.text().isEmpty()) {
				continue;
			}
			if (segment.kind() == Kind.SAME) {
				if (!runs.isEmpty() && runs.get(runs.size() - 1).length == 1) {
					runs.get(runs.size() - 1)[0].append(segment.text());
				}
				else {
					runs.add(new StringBuilder[] { new StringBuilder(segment.text()) });
				}
			}
			else {
				if (runs.isEmpty() || runs.get(runs.size() - 1).length == 1) {
					runs.add(new StringBuilder[] { new StringBuilder(), new StringBuilder() });
				}
				runs.get(runs.size() - 1)[segment.kind() == Kind.REMOVED ? 0 : 1].append(segment.text());
			}
		}
		boolean joined = true;
		while (joined) {
			joined = false;
			for (int k = 1; k + 1 < runs.size(); k++) {
				StringBuilder[] kept = runs.get(k);
				StringBuilder[] left = runs.get(k - 1);
				StringBuilder[] right = runs.get(k + 1);
				if (kept.length != 1 || left.length != 2 || right.length != 2) {
					continue;
				}
				int keptWords = tokens(kept[0].toString()).size();
				int smaller = Math.min(size(left), size(right));
				if (keptWords <= 2 || keptWords * 2 < smaller) {
					left[0].append(kept[0]).append(right[0]);
					left[1].append(kept[0]).append(right[1]);
					runs.remove(k + 1);
					runs.remove(k);
					joined = true;
					break;
				}
			}
		}
		List<Segment> result = new ArrayList<>();
		for (StringBuilder[] run : runs) {
			if (run.length == 1) {
				result.add(new Segment(Kind.SAME, run[0].toString()));
			}
			else {
				if (run[0].length() > 0) {
					result.add(new Segment(Kind.REMOVED, run[0].toString()));
				}
				if (run[1].length() > 0) {
					result.add(new Segment(Kind.ADDED, run[1].toString()));
				}
			}
		}
		return result;
	}

	private static int size(StringBuilder[] change) {
		return Math.max(tokens(change[0].toString()).size(), tokens(change[1].toString()).size());
	}

}
