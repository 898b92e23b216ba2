package be.foyer.reporting.annual.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import be.foyer.reporting.annual.web.AnnualReportView.MonthView;
import be.foyer.reporting.annual.web.AnnualReportView.YearValue;
import be.foyer.reporting.Indicator;
import be.foyer.reporting.monthly.web.MonthlyReportView.IndicatorView;
import be.foyer.reporting.retention.web.RetentionView;
import be.foyer.reporting.retention.web.RetentionView.CohortView;
import be.foyer.reporting.retention.web.RetentionView.HorizonView;

/**
 * The funders' PDF of an annual report, drawn with OpenPDF from the same view as the JSON (so the same cells are
 * hidden): a title page (the organisation, or the programme and its members), the indicators against their targets
 * month by month ("—" where there is no target, and no target line in the chart), a bar chart per indicator, retention
 * by quarter of move-in, activities held by category and council decisions by status. A4 landscape, Helvetica
 * (its WinAnsi encoding holds every French and Dutch letter).
 */
final class AnnualReportPdf {

    private static final Color MET = new Color(0xD8, 0xF0, 0xD8);
    private static final Color HEADER = new Color(0xE4, 0xE8, 0xF0);
    private static final Color BAR = new Color(0x3A, 0x6E, 0xA5);
    private static final Color TARGET = new Color(0xC0, 0x39, 0x2B);

    private static final Font TITLE = new Font(Font.HELVETICA, 28, Font.BOLD);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 18, Font.NORMAL);
    private static final Font HEADING = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL);
    private static final Font SMALL_BOLD = new Font(Font.HELVETICA, 8, Font.BOLD);

    private static final float CHART_WIDTH = 360;
    private static final float CHART_HEIGHT = 150;

    private final AnnualReportView report;
    private final ReportLanguage language;
    private final ResourceBundle messages;

    private AnnualReportPdf(AnnualReportView report, ReportLanguage language) {
        this.report = report;
        this.language = language;
        this.messages = language.messages();
    }

    static byte[] render(AnnualReportView report, ReportLanguage language) {
        return new AnnualReportPdf(report, language).render();
    }

    private byte[] render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(message("title") + " " + report.year());
        document.addCreator("Foyer");
        document.open();
        titlePage(document);
        document.newPage();
        indicatorsByMonth(document);
        document.newPage();
        charts(document, writer.getDirectContent());
        document.newPage();
        retention(document);
        activitiesHeld(document);
        councilDecisions(document);
        document.close();
        return out.toByteArray();
    }

    private void titlePage(Document document) {
        Paragraph title = new Paragraph(message("title"), TITLE);
        title.setSpacingBefore(150);
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        document.add(centred(message("subtitle", report.year()), SUBTITLE, 12));
        if (report.isProgramme()) {
            document.add(centred(message("programme", programmeName()), SUBTITLE, 6));
            document.add(centred(message("members", String.join(", ",
                    report.organisations().stream().map(this::organisationName).toList())), TEXT, 6));
        } else {
            document.add(centred(message("scope", organisationName(report.scope())), SUBTITLE, 6));
        }
        document.add(centred(message("asOf", report.retention().asOf()), TEXT, 40));
        document.add(centred(message("noPersonalData"), TEXT, 6));
        document.add(centred(message("suppressionNote"), TEXT, 6));
    }

    private void indicatorsByMonth(Document document) {
        heading(document, "indicatorsByMonth", "indicatorsLegend");
        List<MonthView> months = report.months();
        PdfPTable table = new PdfPTable(months.size() + 2);
        table.setWidthPercentage(100);
        float[] widths = new float[months.size() + 2];
        Arrays.fill(widths, 1f);
        widths[0] = 3.2f;
        table.setWidths(widths);
        table.setHeaderRows(1);
        table.addCell(header(message("indicator")));
        months.forEach(month -> table.addCell(header(monthName(month.month()))));
        table.addCell(header(message("yearColumn")));
        Map<String, YearValue> overTheYear = report.overTheYear().indicators();
        for (Indicator indicator : Indicator.values()) {
            table.addCell(cell(indicatorName(indicator), null));
            for (MonthView month : months) {
                IndicatorView value = month.indicators().get(indicator.key());
                String text = value.value() + " / "
                        + (value.target() == null ? message("noTarget") : value.target());
                table.addCell(cell(text, Boolean.TRUE.equals(value.met()) ? MET : null));
            }
            table.addCell(cell(String.valueOf(overTheYear.get(indicator.key()).value()), HEADER));
        }
        document.add(table);
        if (report.countedWithoutKey() != null) {
            document.add(new Paragraph(message("countedWithoutKey", String.join(", ", report.countedWithoutKey()
                    .entrySet().stream().map(entry -> indicatorName(Indicator.byKey(entry.getKey()).orElseThrow())
                            + " " + entry.getValue()).toList())), SMALL));
        }
    }

    private void charts(Document document, PdfContentByte canvas) {
        heading(document, "charts", null);
        PdfPTable grid = new PdfPTable(2);
        grid.setWidthPercentage(100);
        for (Indicator indicator : Indicator.values()) {
            PdfPCell chart = new PdfPCell(Image.getInstance(barChart(canvas, indicator)));
            chart.setBorder(0);
            chart.setPadding(6);
            grid.addCell(chart);
        }
        document.add(grid);
    }

    /**
     * One bar per month, the month's target as a red line; a hidden value has no bar, only its {@code <5} label,
     * so the chart gives away no more than the table.
     */
    private Image barChart(PdfContentByte canvas, Indicator indicator) {
        List<MonthView> months = report.months();
        PdfTemplate chart = canvas.createTemplate(CHART_WIDTH, CHART_HEIGHT);
        BaseFont font = SMALL.getCalculatedBaseFont(false);
        float left = 28;
        float bottom = 18;
        float top = CHART_HEIGHT - 18;
        double highest = 1;
        for (MonthView month : months) {
            IndicatorView value = month.indicators().get(indicator.key());
            if (value.value() instanceof Number number) {
                highest = Math.max(highest, number.doubleValue());
            }
            if (value.target() != null) {
                highest = Math.max(highest, value.target());
            }
        }
        double scale = (top - bottom) / highest;
        text(chart, font, 9, indicatorName(indicator), 0, CHART_HEIGHT - 10, PdfContentByte.ALIGN_LEFT);
        chart.setColorStroke(Color.GRAY);
        chart.setLineWidth(0.5f);
        chart.moveTo(left, bottom);
        chart.lineTo(CHART_WIDTH, bottom);
        chart.moveTo(left, bottom);
        chart.lineTo(left, top);
        chart.stroke();
        text(chart, font, 6, "0", left - 3, bottom - 2, PdfContentByte.ALIGN_RIGHT);
        text(chart, font, 6, String.valueOf((long) Math.ceil(highest)), left - 3, top - 2, PdfContentByte.ALIGN_RIGHT);
        float slot = (CHART_WIDTH - left) / 12;
        for (int i = 0; i < months.size(); i++) {
            IndicatorView value = months.get(i).indicators().get(indicator.key());
            float x = left + i * slot;
            if (value.value() instanceof Number number && number.doubleValue() > 0) {
                chart.setColorFill(BAR);
                chart.rectangle(x + slot * 0.2f, bottom, slot * 0.6f, (float) (number.doubleValue() * scale));
                chart.fill();
            }
            text(chart, font, 6, String.valueOf(value.value()), x + slot / 2,
                    bottom + 2 + (value.value() instanceof Number number ? (float) (number.doubleValue() * scale) : 0),
                    PdfContentByte.ALIGN_CENTER);
            if (value.target() != null) {
                float y = (float) (bottom + value.target() * scale);
                chart.setColorStroke(TARGET);
                chart.setLineWidth(1f);
                chart.moveTo(x, y);
                chart.lineTo(x + slot, y);
                chart.stroke();
            }
            text(chart, font, 6, monthName(months.get(i).month()), x + slot / 2, bottom - 9,
                    PdfContentByte.ALIGN_CENTER);
        }
        return Image.getInstance(chart);
    }

    private static void text(PdfTemplate chart, BaseFont font, float size, String text, float x, float y,
            int alignment) {
        chart.beginText();
        chart.setColorFill(Color.DARK_GRAY);
        chart.setFontAndSize(font, size);
        chart.showTextAligned(alignment, text, x, y, 0);
        chart.endText();
    }

    private void retention(Document document) {
        heading(document, "retention", "retentionLegend");
        RetentionView retention = report.retention();
        if (retention.byQuarter().isEmpty()) {
            document.add(new Paragraph(message("noCohort"), TEXT));
            return;
        }
        PdfPTable table = new PdfPTable(5);
        table.setWidthPercentage(80);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.addCell(header(message("cohort")));
        table.addCell(header(message("movedIn")));
        table.addCell(header(message("after6Months")));
        table.addCell(header(message("after12Months")));
        table.addCell(header(message("after24Months")));
        for (CohortView cohort : retention.byQuarter()) {
            table.addCell(cell(cohort.cohort(), null));
            table.addCell(cell(String.valueOf(cohort.movedIn()), null));
            cohort.horizons().values().forEach(horizon -> table.addCell(cell(horizon(horizon), null)));
        }
        document.add(table);
    }

    private String horizon(HorizonView horizon) {
        if (RetentionView.NOT_YET_OBSERVABLE.equals(horizon.status())) {
            return message("notYetObservable", horizon.observableFrom());
        }
        BigDecimal share = horizon.share();
        return horizon.stillHoused() + (share == null ? ""
                : " (" + share.movePointRight(2).stripTrailingZeros().toPlainString() + " %)");
    }

    private void activitiesHeld(Document document) {
        heading(document, "activitiesHeld", "activitiesLegend");
        PdfPTable table = twoColumns("category", "activities");
        report.activitiesHeld().byCategory().forEach((category, count) ->
                row(table, optional("category." + category, category), count));
        row(table, message("recurring"), report.activitiesHeld().recurring());
        row(table, message("oneOff"), report.activitiesHeld().oneOff());
        row(table, message("teamMeetings"), report.activitiesHeld().teamMeetings());
        document.add(table);
    }

    private void councilDecisions(Document document) {
        heading(document, "councilDecisions", "councilLegend");
        PdfPTable table = twoColumns("status", "decisions");
        report.councilDecisions().forEach((status, count) -> row(table, optional("status." + status, status), count));
        document.add(table);
    }

    private PdfPTable twoColumns(String first, String second) {
        PdfPTable table = new PdfPTable(new float[] {3, 1});
        table.setWidthPercentage(50);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.addCell(header(message(first)));
        table.addCell(header(message(second)));
        return table;
    }

    private static void row(PdfPTable table, String label, Object value) {
        table.addCell(cell(label, null));
        table.addCell(cell(String.valueOf(value), null));
    }

    private void heading(Document document, String key, String legendKey) {
        Paragraph heading = new Paragraph(message(key), HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(4);
        document.add(heading);
        if (legendKey != null) {
            Paragraph legend = new Paragraph(message(legendKey), SMALL);
            legend.setSpacingAfter(6);
            document.add(legend);
        }
    }

    private static Paragraph centred(String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    private static PdfPCell header(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, SMALL_BOLD));
        cell.setBackgroundColor(HEADER);
        cell.setPadding(4);
        return cell;
    }

    private static PdfPCell cell(String text, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(text, SMALL));
        cell.setPadding(4);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private String monthName(String month) {
        Month name = YearMonth.parse(month).getMonth();
        return name.getDisplayName(TextStyle.SHORT, language.locale());
    }

    private String indicatorName(Indicator indicator) {
        return message("indicator." + indicator.key());
    }

    /** The programme's name in the report's language, its id when the configuration gives none. */
    private String programmeName() {
        return report.name().getOrDefault(language.name().toLowerCase(Locale.ROOT), report.scope());
    }

    private String organisationName(String organisation) {
        return optional("organisation." + organisation, organisation);
    }

    private String message(String key) {
        return messages.getString(key);
    }

    /** Replaces {@code {0}} (no MessageFormat: its quoting would eat the apostrophes of French). */
    private String message(String key, Object argument) {
        return message(key).replace("{0}", String.valueOf(argument));
    }

    private String optional(String key, String fallback) {
        try {
            return messages.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
