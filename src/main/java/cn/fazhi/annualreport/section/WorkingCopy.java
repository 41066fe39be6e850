package cn.fazhi.annualreport.section;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What the liaison typed since the last named revision, saved by the editor a few seconds after typing stops. It
 * is not a revision: nobody but the department's liaisons sees it, it is overwritten by the next autosave and gone
 * once a revision is saved.
 */
@Entity
@Table(name = "section_working_copy")
public class WorkingCopy {

	@Id
	private long sectionId;

	@Convert(converter = SectionRevision.ContentColumn.class)
	private SectionContent content;

	/** The revision the liaison was editing when typing began. */
	@Column(name = "based_on")
	private int basedOn;

	private String savedBy;

	private Instant savedAt;

	protected WorkingCopy() {
	}

	WorkingCopy(long sectionId) {
		this.sectionId = sectionId;
	}

	void update(SectionContent content, int basedOn, String savedBy, Instant savedAt) {
		this.content = content;
		this.basedOn = basedOn;
		this.savedBy = savedBy;
		this.savedAt = savedAt;
	}

	public SectionContent getContent() {
		return content;
	}

	public int getBasedOn() {
		return basedOn;
	}

	public String getSavedBy() {
		return savedBy;
	}

	public Instant getSavedAt() {
		return savedAt;
	}

}
