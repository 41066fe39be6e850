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
import org.springframework.stereotype.Component;

/** The dashboard's table as an Excel workbook, for the editors' own records and meetings. */
@Component
class DashboardExport {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final List<String> HEADINGS = List.of("部门", "阶段", "当前办理人", "本环节截止", "剩余工作日",
			"是否逾期", "退回次数", "版本");

	byte[] workbook(CampaignStatus campaign) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("各部门报告进度");
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle heading = workbook.createCellStyle();
			heading.setFont(bold);
			Font red = workbook.createFont();
			red.setColor(IndexedColors.RED.getIndex());
			CellStyle overdue = workbook.createCellStyle();
			overdue.setFont(red);
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue(campaign.organization() + campaign.year() + "年度法治政府建设报告 各部门报告进度");
			title.getCell(0).setCellStyle(heading);
			Row head = sheet.createRow(2);
			for (int i = 0; i < HEADINGS.size(); i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(HEADINGS.get(i));
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
				row.createCell(5).setCellValue(d.overdue() ? "逾期" : "");
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
