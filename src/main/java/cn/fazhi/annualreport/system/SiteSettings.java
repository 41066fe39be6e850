package cn.fazhi.annualreport.system;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where users reach the product.
 *
 * @param baseUrl the address of the product, without a trailing slash, for the links in mails and calendar feeds
 */
@Validated
@ConfigurationProperties("report.site")
public record SiteSettings(@DefaultValue("http://localhost:8080") @NotBlank @Pattern(regexp = "https?://.*[^/]") String baseUrl) {

	/** The absolute address of a path of the product. */
	public String url(String path) {
		return path == null ? baseUrl : baseUrl + path;
	}

}
