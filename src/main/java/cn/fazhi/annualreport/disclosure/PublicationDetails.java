package cn.fazhi.annualreport.disclosure;

/**
 * What the disclosure officer adds when clearing a report for publication.
 *
 * @param documentNumber 发文字号, e.g. 示范府发〔2027〕3号; {@code null} when the report was not issued under one
 * @param subjectCategory 主题分类, one of the configured categories
 */
public record PublicationDetails(String documentNumber, String subjectCategory) {

}
