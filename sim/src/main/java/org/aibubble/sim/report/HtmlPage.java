package org.aibubble.sim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A self-contained HTML page: inline CSS, no scripts, no network; images are only PNG files that
 * sit next to the page. Text is escaped; the page is built top to bottom, then {@link #write(Path)}.
 */
public final class HtmlPage {
    private static final String STYLE = String.join("\n",
            "body{font-family:DejaVu Sans,Helvetica,Arial,sans-serif;margin:24px 32px;color:#222;max-width:1400px}",
            "h1{font-size:26px;margin:0 0 6px}h2{font-size:19px;margin:26px 0 8px;border-bottom:1px solid #ddd}",
            "p.lead{font-size:15px;margin:4px 0 10px;max-width:1100px}p.headline{font-size:16px;font-weight:bold}",
            ".cards{display:flex;flex-wrap:wrap;gap:10px;margin:10px 0}",
            ".card{border:1px solid #ccc;border-radius:6px;padding:8px 12px;min-width:130px;background:#fafafa}",
            ".card .v{font-size:20px;font-weight:bold}.card .k{font-size:12px;color:#555}",
            ".grid{display:grid;grid-template-columns:1fr 1fr;gap:14px}",
            "figure{margin:0}figure img{width:100%;border:1px solid #eee}figcaption{font-size:13px;color:#444}",
            "table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}",
            "th{background:#f0f0f0}td:first-child,th:first-child{text-align:left}.note{color:#a33;font-size:13px}.aside{color:#555;font-size:13px}",
            "table.text td,table.text th{text-align:left}.scroll{overflow-x:auto;max-width:100%}");

    private final StringBuilder body = new StringBuilder();
    private final String title;

    /** @param title the page title */
    public HtmlPage(String title) {
        this.title = title;
    }

    /** @return {@code text} with HTML's special characters escaped */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** Adds the main heading. @return this */
    public HtmlPage heading(String text) {
        body.append("<h1>").append(escape(text)).append("</h1>\n");
        return this;
    }

    /** Adds a section heading. @return this */
    public HtmlPage section(String text) {
        body.append("<h2>").append(escape(text)).append("</h2>\n");
        return this;
    }

    /** Adds a paragraph of the given CSS class ({@code lead}, {@code headline}, {@code note} or empty). @return this */
    public HtmlPage paragraph(String cssClass, String text) {
        body.append("<p class=\"").append(escape(cssClass)).append("\">").append(escape(text)).append("</p>\n");
        return this;
    }

    /** Adds one card per (label, value) pair: the metrics at a glance. @return this */
    public HtmlPage cards(List<List<String>> labelValuePairs) {
        body.append("<div class=\"cards\">\n");
        for (List<String> kv : labelValuePairs) {
            body.append("<div class=\"card\"><div class=\"v\">").append(escape(kv.get(1)))
                    .append("</div><div class=\"k\">").append(escape(kv.get(0))).append("</div></div>\n");
        }
        body.append("</div>\n");
        return this;
    }

    /** Adds a table with a header row; cells after the first are right-aligned (numbers). @return this */
    public HtmlPage table(List<String> header, List<List<String>> rows) {
        return table("", header, rows);
    }

    /** Adds a table with a header row, every cell left-aligned (text). @return this */
    public HtmlPage textTable(List<String> header, List<List<String>> rows) {
        return table(" class=\"text\"", header, rows);
    }

    private HtmlPage table(String attributes, List<String> header, List<List<String>> rows) {
        body.append("<div class=\"scroll\"><table").append(attributes).append(">\n<tr>");
        header.forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
        body.append("</tr>\n");
        for (List<String> row : rows) {
            body.append("<tr>");
            row.forEach(cell -> body.append("<td>").append(escape(cell)).append("</td>"));
            body.append("</tr>\n");
        }
        body.append("</table></div>\n");
        return this;
    }

    /** Adds the figures in a two-column grid, each image referenced by its bare file name. @return this */
    public HtmlPage figures(List<Figure> figures) {
        body.append("<div class=\"grid\">\n");
        for (Figure f : figures) {
            body.append("<figure><img src=\"").append(escape(f.fileName())).append("\" alt=\"")
                    .append(escape(f.chart().getTitle() == null ? f.fileName() : f.chart().getTitle().getText()))
                    .append("\"><figcaption>").append(escape(f.caption())).append("</figcaption></figure>\n");
        }
        body.append("</div>\n");
        return this;
    }

    /** @return the whole page */
    public String render() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + "</title>\n<style>\n" + STYLE + "\n</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    /**
     * @param file where to write the page (replaced if present)
     * @throws ReportException if it cannot be written
     */
    public void write(Path file) {
        try {
            Files.writeString(file, render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
