package cn.fazhi.annualreport.section;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What one section may store. Every save is a whole new revision that is never deleted, so without bounds one
 * liaison could fill the disk; the bounds sit far above what writing a section over days needs.
 *
 * @param storageQuota characters all revisions of one section may take together (their stored JSON): a hundred
 * saves of a section at its full size ({@link SectionRules#MAX_CHARACTERS}), over two hundred of a section as long
 * as the longest real government report
 * @param revisionsPerMinute new revisions one user may save of one section within a minute; saves that change
 * nothing make none and are not counted
 * @param attachmentsPerSection files (佐证材料) one section may keep
 * @param attachmentBytesPerSection bytes all files of one section may take together; one file is bounded by the
 * upload limit ({@code spring.servlet.multipart.max-file-size})
 */
@Validated
@ConfigurationProperties("report.sections")
public record SectionSettings(@DefaultValue("2000000") @Min(100_000) long storageQuota,
		@DefaultValue("6") @Min(1) int revisionsPerMinute, @DefaultValue("30") @Min(1) int attachmentsPerSection,
		@DefaultValue("104857600") @Min(1_048_576) long attachmentBytesPerSection) {

}
