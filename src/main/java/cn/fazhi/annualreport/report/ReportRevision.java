package cn.fazhi.annualreport.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import cn.fazhi.annualreport.system.JsonColumn;

/** One version of the report's text: the compilation, then each save of the editors. Never changed. */
@Entity
@Immutable
@Table(name = "report_revision")
public class ReportRevision {

	/** Author of revisions the product compiled itself. */
	public static final String COMPILER = "system";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long reportId;

	@Column(name = "revision_number")
	private int number;

	@Convert(converter = DocumentColumn.class)
	private ReportDocument document;

	private String author;

	private Instant createdAt;

	protected ReportRevision() {
	}

	ReportRevision(long reportId, int number, ReportDocument document, String author, Instant createdAt) {
		this.reportId = reportId;
		this.number = number;
		this.document = document;
		this.author = author;
		this.createdAt = createdAt;
	}

	public int getNumber() {
		return number;
	}

	public ReportDocument getDocument() {
		return document;
	}

	public String getAuthor() {
		return author;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	static class DocumentColumn extends JsonColumn<ReportDocument> {

		DocumentColumn() {
			super(ReportDocument.class);
		}

	}

}
