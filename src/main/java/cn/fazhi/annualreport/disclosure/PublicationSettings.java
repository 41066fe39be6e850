package cn.fazhi.annualreport.disclosure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How published reports are numbered.
 *
 * @param agencyCode the publishing body's code (机构代码) that opens every 索引号: {@code <机构代码>/<年>-<序号>}
 */
@Validated
@ConfigurationProperties("report.publication")
public record PublicationSettings(@DefaultValue("SFQRMZF") @NotBlank @Pattern(regexp = "[0-9A-Za-z-]{1,32}") String agencyCode) {

}
