package cn.fazhi.annualreport.notification;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the product writes to people.
 *
 * @param sender the From address of mails
 * @param senderName the name shown with it
 */
@Validated
@ConfigurationProperties("report.notification")
public record NotificationSettings(@DefaultValue("noreply@example.com") @NotBlank String sender,
		@DefaultValue("法治政府建设年度报告") @NotBlank String senderName) {

}
