package cn.fazhi.annualreport.disclosure;

import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.annualreport.system.SiteSettings;
import cn.fazhi.annualreport.system.TextCleaner;

/** {@code /public/reports.atom}: the published reports as an Atom feed, newest first, for portals and readers. */
@RestController
class PublicFeed {

	static final String ATOM = "application/atom+xml";

	private final DisclosureService disclosure;

	private final SiteSettings site;

	PublicFeed(DisclosureService disclosure, SiteSettings site) {
		this.disclosure = disclosure;
		this.site = site;
	}

	@GetMapping(value = "/public/reports.atom", produces = ATOM)
	Feed feed() {
		List<Publication> publications = disclosure.publications();
		Feed feed = new Feed("atom_1.0");
		feed.setId(site.url("/public/reports"));
		feed.setTitle("法治政府建设年度报告");
		feed.setAlternateLinks(List.of(link(site.url("/public/reports"), "alternate")));
		feed.setOtherLinks(List.of(link(site.url("/public/reports.atom"), "self")));
		feed.setUpdated(publications.isEmpty() ? new Date(0) : Date.from(publications.get(0).getPublishedAt()));
		feed.setEntries(publications.stream().map(this::entry).toList());
		return feed;
	}

	private Entry entry(Publication publication) {
		String page = site.url("/public/reports/" + publication.getId());
		Entry entry = new Entry();
		entry.setId(page);
		// the feed is XML: a character XML forbids, in a text stored before input was cleaned, would fail it for everyone
		entry.setTitle(TextCleaner.clean(publication.getTitle()));
		entry.setAlternateLinks(List.of(link(page, "alternate")));
		entry.setPublished(Date.from(publication.getPublishedAt()));
		entry.setUpdated(Date.from(publication.getPublishedAt()));
		Person author = new Person();
		author.setName(TextCleaner.clean(publication.getOrganization()));
		entry.setAuthors(List.of(author));
		Content summary = new Content();
		summary.setType("text");
		summary.setValue(TextCleaner.clean("索引号 " + publication.getIndexNumber() + "，发布机构 "
				+ publication.getOrganization() + "，成文日期 " + publication.getSignedOn()));
		entry.setSummary(summary);
		return entry;
	}

	private static Link link(String href, String rel) {
		Link link = new Link();
		link.setHref(href);
		link.setRel(rel);
		return link;
	}

}
