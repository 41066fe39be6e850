package cn.fazhi.annualreport.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.fazhi.annualreport.AnnualReportApplication;
import cn.fazhi.annualreport.catalogue.Area;
import cn.fazhi.annualreport.catalogue.Catalogue;
import cn.fazhi.annualreport.outline.ReportImporter;
import cn.fazhi.annualreport.section.ApprovedSection;
import cn.fazhi.annualreport.section.SectionContent;
import cn.fazhi.annualreport.section.SectionContent.AchievementItem;

/**
 * Load driver for the report's documents: compiling a 40-department report of about 60,000 characters and writing
 * it as Word and PDF, and importing each real report of {@code ../shared/reports/}. Runs the product's own beans
 * (in-memory H2), warms up, then prints the median and the spread of the measured runs.
 *
 * <pre>
 * ./mvnw -Pbenchmark-documents -DskipTests verify
 * </pre>
 */
public final class DocumentBenchmark {

	static final int DEPARTMENTS = 40;

	static final int WARM_UP = 5;

	static final int RUNS = 15;

	private DocumentBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		ConfigurableApplicationContext app = new SpringApplicationBuilder(AnnualReportApplication.class)
			.web(WebApplicationType.SERVLET)
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:documents;DB_CLOSE_DELAY=-1",
					"--logging.level.root=WARN", "--spring.main.banner-mode=off",
					"--camunda.bpm.job-execution.enabled=false");
		try {
			ReportCompiler compiler = app.getBean(ReportCompiler.class);
			ReportExports exports = app.getBean(ReportExports.class);
			ReportPdf pdf = app.getBean(ReportPdf.class);
			Catalogue catalogue = app.getBean(Catalogue.class);
			ReportImporter importer = app.getBean(ReportImporter.class);
			List<ApprovedSection> sections = sections(catalogue.areas());
			String organization = "基准区人民政府";
			LocalDate date = LocalDate.of(2027, 3, 20);

			ReportDocument sample = compiler.compile(organization, 2026, catalogue.areas(), catalogue.metrics(),
					sections, List.of());
			System.out.printf("report: %d departments, %,d characters in %d paragraphs%n", DEPARTMENTS,
					characters(sample), ReportLayout.paragraphs(sample).size());

			List<long[]> runs = new ArrayList<>();
			for (int i = 0; i < WARM_UP + RUNS; i++) {
				long start = System.nanoTime();
				ReportDocument report = compiler.compile(organization, 2026, catalogue.areas(), catalogue.metrics(),
						sections, List.of());
				long compiled = System.nanoTime();
				byte[] docx = ReportDocx.write(report, organization, date);
				long written = System.nanoTime();
				byte[] file = pdf.render(exports.html(report, organization, date, ReportPdf.EMBEDDED));
				long rendered = System.nanoTime();
				if (i >= WARM_UP) {
					runs.add(new long[] { compiled - start, written - compiled, rendered - written, rendered - start });
				}
				if (i == 0) {
					System.out.printf("files: DOCX %,d bytes, PDF %,d bytes%n", docx.length, file.length);
				}
			}
			String[] stages = { "compile", "DOCX", "PDF", "compile + DOCX + PDF" };
			for (int stage = 0; stage < stages.length; stage++) {
				int s = stage;
				System.out.printf("%-22s %s%n", stages[stage], summary(runs.stream().mapToLong(r -> r[s]).toArray()));
			}

			Path reports = Path.of("..", "shared", "reports");
			if (!Files.isDirectory(reports)) {
				System.out.println("import: ../shared/reports is absent, nothing to import");
				return;
			}
			try (Stream<Path> files = Files.list(reports)) {
				for (Path report : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
					byte[] content = Files.readAllBytes(report);
					long[] times = measure(() -> importer.read(report.getFileName().toString(), content));
					System.out.printf("import %-34s %s%n", report.getFileName(), summary(times));
				}
			}
		}
		finally {
			app.close();
		}
	}

	private static long[] measure(Supplier<?> work) {
		long[] times = new long[RUNS];
		for (int i = 0; i < WARM_UP + RUNS; i++) {
			long start = System.nanoTime();
			work.get();
			if (i >= WARM_UP) {
				times[i - WARM_UP] = System.nanoTime() - start;
			}
		}
		return times;
	}

	private static String summary(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return String.format("median %7.1f ms  (min %.1f, max %.1f, %d runs)", sorted[sorted.length / 2] / 1e6,
				sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
	}

	private static int characters(ReportDocument report) {
		return ReportLayout.paragraphs(report)
			.stream()
			.mapToInt(p -> p.number().length() + p.heading().length() + p.text().length())
			.sum();
	}

	/** Forty departments with four achievements each and every other part, in plausible but invented wording. */
	static List<ApprovedSection> sections(List<Area> areas) {
		String[] phrases = { "深入推进依法行政", "全面落实行政执法三项制度", "健全重大行政决策程序", "加强规范性文件备案审查",
				"推进政务服务一网通办", "化解行政争议", "强化行政复议监督", "开展法治宣传教育", "提升执法人员能力", "完善权责清单",
				"落实公平竞争审查", "推动数字政府建设" };
		Random random = new Random(2026);
		List<ApprovedSection> sections = new ArrayList<>();
		for (int d = 0; d < DEPARTMENTS; d++) {
			List<AchievementItem> items = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				items.add(new AchievementItem(areas.get(random.nextInt(areas.size())).getCode(),
						phrases[random.nextInt(phrases.length)] + "第" + (d + 1) + "项", sentences(random, phrases, 9)));
			}
			Map<String, Long> figures = new LinkedHashMap<>();
			figures.put("reconsideration-received", 10L + random.nextInt(50));
			figures.put("litigation-cases", 5L + random.nextInt(20));
			figures.put("litigation-lost", (long) random.nextInt(3));
			sections.add(new ApprovedSection("d" + d, "第" + (d + 1) + "部门", 1, new SectionContent(items,
					sentences(random, phrases, 5), sentences(random, phrases, 5), sentences(random, phrases, 6), "",
					figures)));
		}
		return sections;
	}

	private static String sentences(Random random, String[] phrases, int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(phrases[random.nextInt(phrases.length)])
				.append("，全年办理")
				.append(random.nextInt(500))
				.append("件，")
				.append(phrases[random.nextInt(phrases.length)])
				.append("。");
		}
		return text.toString();
	}

}
