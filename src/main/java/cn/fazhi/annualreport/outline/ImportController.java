package cn.fazhi.annualreport.outline;

import java.io.IOException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/import}: the outline of an uploaded report, to check or to fill a section with. */
@RestController
class ImportController {

	private final ReportImporter importer;

	ImportController(ReportImporter importer) {
		this.importer = importer;
	}

	@PostMapping(path = "/api/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ReportOutline read(@RequestParam("file") MultipartFile file) throws IOException {
		return importer.read(file.getOriginalFilename(), file.getBytes());
	}

}
