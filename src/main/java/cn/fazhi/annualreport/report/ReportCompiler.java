package cn.fazhi.annualreport.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.fazhi.annualreport.catalogue.Area;
import cn.fazhi.annualreport.catalogue.Metric;
import cn.fazhi.annualreport.outline.NumberedList;
import cn.fazhi.annualreport.outline.PartType;
import cn.fazhi.annualreport.outline.ReportOutline;
import cn.fazhi.annualreport.report.ReportDocument.Item;
import cn.fazhi.annualreport.report.ReportDocument.Part;
import cn.fazhi.annualreport.section.ApprovedSection;
import cn.fazhi.annualreport.section.SectionContent;

/**
 * Puts the approved sections together into one report. Achievements are grouped by topic, not by department: one
 * （一） per topic in catalogue order, its items in the campaign's order of departments. The other parts collect each
 * department's items in the same order, as one numbered list.
 */
@Component
class ReportCompiler {

	private final MessageSource messages;

	ReportCompiler(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param previousYear the sections the same government's report of the year before was compiled from, for 同比
	 */
	ReportDocument compile(String organization, int year, List<Area> areas, List<Metric> metrics,
			List<ApprovedSection> sections, List<ApprovedSection> previousYear) {
		return compile(organization, year, areas, figures(metrics, sections, figuresOf(previousYear)), sections);
	}

	/** @param figures the report's figures ({@link #figures}), stated at the start of the achievements */
	ReportDocument compile(String organization, int year, List<Area> areas, ReportFigures figures,
			List<ApprovedSection> sections) {
		String reportYear = String.valueOf(year);
		String nextYear = String.valueOf(year + 1);
		List<Part> parts = new ArrayList<>();
		parts.add(new Part(PartType.ACHIEVEMENTS, text("report.part.ACHIEVEMENTS", reportYear), describe(figures),
				achievementsByArea(areas, sections)));
		parts.add(paragraphs(PartType.SHORTCOMINGS, text("report.part.SHORTCOMINGS"), sections,
				SectionContent::shortcomings));
		parts.add(paragraphs(PartType.LEADERSHIP, text("report.part.LEADERSHIP"), sections,
				SectionContent::leadership));
		parts.add(paragraphs(PartType.NEXT_YEAR, text("report.part.NEXT_YEAR", nextYear), sections,
				SectionContent::nextYearPlans));
		Part other = paragraphs(PartType.OTHER, text("report.part.OTHER"), sections, SectionContent::other);
		if (other.hasContent()) {
			parts.add(other);
		}
		return new ReportDocument(text("report.title", organization, reportYear),
				text("report.opening", organization, reportYear), parts, figures);
	}

	/**
	 * The departments' figures summed, with 同比 against {@code previous}: last year's figures, as departments' figures
	 * or as the totals of last year's report.
	 */
	static ReportFigures figures(List<Metric> metrics, List<ApprovedSection> sections,
			Collection<Map<String, Long>> previous) {
		return ReportFigures.of(metrics, figuresOf(sections), previous);
	}

	/** The totals a report stated, as one set of figures to compare with. */
	static List<Map<String, Long>> figuresOf(ReportFigures stated) {
		Map<String, Long> totals = new LinkedHashMap<>();
		stated.totals().forEach(total -> totals.put(total.code(), total.value()));
		return List.of(totals);
	}

	private static List<Map<String, Long>> figuresOf(List<ApprovedSection> sections) {
		return sections.stream().map(section -> section.content().metrics()).toList();
	}

	/** The figures as the report states them: 行政复议收案数86件，同比上升12.5%；…；行政诉讼败诉率5.0%，同比下降1.0个百分点。 */
	String describe(ReportFigures figures) {
		List<String> statements = new ArrayList<>();
		for (ReportFigures.Total total : figures.totals()) {
			statements.add(text("report.figures.total", total.name(), total.value(), total.unit())
					+ change(total.change(), "%"));
		}
		for (ReportFigures.Rate rate : figures.rates()) {
			statements.add(text("report.figures.rate", text("report.rate." + rate.code()), rate.percent().toPlainString())
					+ change(rate.change(), "个百分点"));
		}
		return statements.isEmpty() ? "" : text("report.figures.sentence", String.join("；", statements));
	}

	private String change(BigDecimal change, String unit) {
		if (change == null) {
			return "";
		}
		if (change.signum() == 0) {
			return text("report.figures.unchanged");
		}
		return text(change.signum() > 0 ? "report.figures.up" : "report.figures.down", change.abs().toPlainString(),
				unit);
	}

	private static List<Item> achievementsByArea(List<Area> areas, List<ApprovedSection> sections) {
		Map<String, List<Item>> byArea = new LinkedHashMap<>();
		areas.forEach(area -> byArea.put(area.getCode(), new ArrayList<>()));
		for (ApprovedSection section : sections) {
			for (SectionContent.AchievementItem achievement : section.content().achievements()) {
				byArea.computeIfAbsent(achievement.area(), code -> new ArrayList<>())
					.add(new Item(achievement.title(), achievement.text(), achievement.area(), section.department(),
							List.of()));
			}
		}
		Map<String, Area> catalogue = new LinkedHashMap<>();
		areas.forEach(area -> catalogue.put(area.getCode(), area));
		List<Item> topics = new ArrayList<>();
		byArea.forEach((code, items) -> {
			if (!items.isEmpty()) {
				Area area = catalogue.get(code);
				topics.add(new Item(area == null ? code : area.getHeading(), "", code, null, items));
			}
		});
		return topics;
	}

	/**
	 * One list across the departments: each department's own numbering ((一)(二)…, 1. 2. …, 一是…) is taken off its
	 * items, which join the part's items in department order, so the report numbers them once. What a department
	 * wrote before its first item, or without numbering, stays a plain paragraph of that department.
	 */
	private static Part paragraphs(PartType type, String heading, List<ApprovedSection> sections,
			Function<SectionContent, String> text) {
		List<Item> items = new ArrayList<>();
		for (ApprovedSection section : sections) {
			ReportOutline.Part list = NumberedList.read(type, text.apply(section.content()), ReportRules.MAX_TITLE);
			if (!list.text().isEmpty()) {
				items.add(new Item("", list.text(), null, section.department(), List.of()));
			}
			list.items().forEach(item -> items.add(item(item, section.department())));
		}
		return new Part(type, heading, "", items);
	}

	private static Item item(ReportOutline.Item item, String department) {
		return new Item(item.heading(), item.text(), null, department,
				item.items().stream().map(child -> item(child, department)).toList());
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, Locale.SIMPLIFIED_CHINESE);
	}

}
