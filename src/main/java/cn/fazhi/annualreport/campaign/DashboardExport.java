package cn.fazhi.annualreport.campaign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The dashboard's table as an Excel workbook, for the editors' own records and meetings. */
@Component
class DashboardExport {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final List<String> COLUMNS = List.of("department", "stage", "holder", "due", "days-left",
			"overdue", "returns", "version");

	private final MessageSource messages;

	DashboardExport(MessageSource messages) {
		this.messages = messages;
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

	byte[] workbook(CampaignStatus campaign) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(text("dashboard.export.sheet"));
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle heading = workbook.createCellStyle();
			heading.setFont(bold);
			Font red = workbook.createFont();
			red.setColor(IndexedColors.RED.getIndex());
			CellStyle overdue = workbook.createCellStyle();
			overdue.setFont(red);
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue(text("dashboard.export.title", campaign.organization(), campaign.year()));
			title.getCell(0).setCellStyle(heading);
			Row head = sheet.createRow(2);
			for (int i = 0; i < COLUMNS.size(); i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(text("dashboard.export.column." + COLUMNS.get(i)));
				cell.setCellStyle(heading);
			}
			int r = 3;
			for (CampaignStatus.DepartmentStatus d : campaign.departments()) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(d.name());
				row.createCell(1).setCellValue(d.stageLabel() == null ? "" : d.stageLabel());
				row.createCell(2).setCellValue(String.join("、", d.holder()));
				row.createCell(3).setCellValue(d.dueDate() == null ? "" : d.dueDate().toString());
				if (d.daysLeft() != null) {
					row.createCell(4).setCellValue(d.daysLeft());
				}
				row.createCell(5).setCellValue(d.overdue() ? text("dashboard.export.overdue") : "");
				row.createCell(6).setCellValue(d.returns());
				row.createCell(7).setCellValue(d.version());
				if (d.overdue()) {
					row.forEach(cell -> cell.setCellStyle(overdue));
				}
			}
			sheet.createFreezePane(1, 3);
			int[] widths = { 22, 14, 36, 14, 12, 10, 10, 8 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
