package cn.fazhi.annualreport.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.fazhi.annualreport.catalogue.Metric;

/**
 * The report's figures: each catalogue figure summed over the departments, the rates derived from them, and the
 * previous year's values for 同比 where the same government reported the year before.
 *
 * @param totals the sums, in catalogue order, of the figures at least one department reported
 * @param rates the rates whose denominator is not zero
 */
public record ReportFigures(List<Total> totals, List<Rate> rates) {

	public static final ReportFigures NONE = new ReportFigures(List.of(), List.of());

	public ReportFigures {
		totals = totals == null ? List.of() : List.copyOf(totals);
		rates = rates == null ? List.of() : List.copyOf(rates);
	}

	/**
	 * Sums each department's figures and derives the rates.
	 * @param previous last year's departments' figures, empty when there was no report last year
	 */
	static ReportFigures of(List<Metric> catalogue, Collection<Map<String, Long>> departments,
			Collection<Map<String, Long>> previous) {
		Map<String, Long> sums = sum(departments);
		Map<String, Long> previousSums = sum(previous);
		List<Total> totals = new ArrayList<>();
		for (Metric metric : catalogue) {
			Long value = sums.get(metric.getCode());
			if (value != null) {
				totals.add(new Total(metric.getCode(), metric.getName(), metric.getUnit(), value,
						previousSums.get(metric.getCode())));
			}
		}
		List<Rate> rates = new ArrayList<>();
		for (RateDefinition rate : RateDefinition.values()) {
			BigDecimal percent = rate.of(sums);
			if (percent != null) {
				rates.add(new Rate(rate.code, rate.numerator, rate.denominator, percent, rate.of(previousSums)));
			}
		}
		return new ReportFigures(totals, rates);
	}

	private static Map<String, Long> sum(Collection<Map<String, Long>> departments) {
		Map<String, Long> sums = new LinkedHashMap<>();
		departments.forEach(figures -> figures.forEach((code, value) -> {
			if (value != null) {
				sums.merge(code, value, Long::sum);
			}
		}));
		return sums;
	}

	/**
	 * One figure over all departments.
	 * @param previous last year's sum, or {@code null}
	 */
	public record Total(String code, String name, String unit, long value, Long previous) {

		/** 同比: the change against last year in percent, one decimal; {@code null} without a non-zero last year. */
		public BigDecimal change() {
			if (previous == null || previous == 0) {
				return null;
			}
			return percent(value - previous, previous);
		}

	}

	/**
	 * A rate in percent, one decimal, such as 行政诉讼败诉率 = 败诉数 / 应诉案件数.
	 * @param previous last year's rate, or {@code null}
	 */
	public record Rate(String code, String numerator, String denominator, BigDecimal percent, BigDecimal previous) {

		/** 同比: the change in percentage points; {@code null} without last year's rate. */
		public BigDecimal change() {
			return previous == null ? null : percent.subtract(previous);
		}

	}

	/** The rates the report states; their names are in the message bundle ({@code report.rate.<code>}). */
	enum RateDefinition {

		RECONSIDERATION_CORRECTION("reconsideration-correction-rate", "reconsideration-corrected",
				"reconsideration-concluded"),
		LITIGATION_LOSS("litigation-loss-rate", "litigation-lost", "litigation-cases"),
		HEAD_APPEARANCE("head-appearance-rate", "litigation-head-appearances", "litigation-cases");

		final String code;

		final String numerator;

		final String denominator;

		RateDefinition(String code, String numerator, String denominator) {
			this.code = code;
			this.numerator = numerator;
			this.denominator = denominator;
		}

		BigDecimal of(Map<String, Long> sums) {
			Long top = sums.get(numerator);
			Long bottom = sums.get(denominator);
			if (top == null || bottom == null || bottom == 0) {
				return null;
			}
			return percent(top, bottom);
		}

	}

	/** {@code part} of {@code whole} in percent, one decimal, rounded half up. */
	private static BigDecimal percent(long part, long whole) {
		return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1,
				RoundingMode.HALF_UP);
	}

}
