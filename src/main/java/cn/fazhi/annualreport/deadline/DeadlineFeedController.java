package cn.fazhi.annualreport.deadline;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.annualreport.security.CurrentUser;
import cn.fazhi.annualreport.system.SiteSettings;

/**
 * The current user's deadlines as an iCalendar feed that Outlook and WPS calendars subscribe to: one all-day event
 * on the due day of every step the user has to do.
 */
@RestController
class DeadlineFeedController {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final DueSteps steps;

	private final SiteSettings site;

	DeadlineFeedController(DueSteps steps, SiteSettings site) {
		this.steps = steps;
		this.site = site;
	}

	@GetMapping(value = "/api/calendar.ics", produces = "text/calendar")
	ResponseEntity<String> feed(CurrentUser user) throws IOException {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//fazhi.cn//annual-report//ZH"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(new XProperty("X-WR-CALNAME", "年度报告截止日期（" + user.displayName() + "）"));
		calendar.add(new XProperty("X-WR-TIMEZONE", "Asia/Shanghai"));
		for (DueStep step : steps.of(user)) {
			VEvent event = new VEvent(step.due(), step.due().plusDays(1), step.title());
			event.add(new Uid(step.uid()));
			event.add(new Description(step.description() + "\n" + site.url(step.link())));
			event.add(new Url(URI.create(site.url(step.link()))));
			calendar.add(event);
		}
		StringWriter ics = new StringWriter();
		new CalendarOutputter(false).output(calendar, ics);
		return ResponseEntity.ok().contentType(CALENDAR).body(ics.toString());
	}

}
