package org.aibubble.sim.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bar charts of Sobol sensitivity indices from a {@code sensitivity.csv}: for the key outputs (the
 * share of runs that bust, the drawdown, the peak month and the deepest unemployment; the first
 * {@value #MAX_CHARTS} outputs of the file if it has none of them), the first-order and total index of
 * every parameter side by side, each with a whisker over its bootstrap interval ({@code S1_low}..{@code S1_high},
 * {@code ST_low}..{@code ST_high}) when the file has them. Every output's indices stay in the file.
 */
final class SensitivityFigures {
    /** The outputs charted, when the file has them. */
    static final List<String> KEY_OUTPUTS = List.of("bust_share", "max_drawdown", "peak_month", "max_unemployment");
    /** At most this many charts. */
    static final int MAX_CHARTS = 4;

    private SensitivityFigures() {
    }

    /**
     * @param table a sensitivity table with a parameter column and first-order and total columns
     * @return one figure per key output metric
     * @throws ReportException if the parameter, first-order or total column is missing
     */
    static List<Figure> of(CsvTable table) {
        String parameter = column(table, "parameter", "param");
        String first = column(table, "first", "first_order", "s1", "S1");
        String total = column(table, "total", "total_order", "st", "ST");
        String output = table.firstPresent("output", "metric");
        List<String> outputs = output == null ? null : table.text(output);
        List<String> params = table.text(parameter);
        double[] s1 = table.numbers(first);
        double[] st = table.numbers(total);
        double[][] low = {bound(table, first + "_low", s1.length), bound(table, total + "_low", s1.length)};
        double[][] high = {bound(table, first + "_high", s1.length), bound(table, total + "_high", s1.length)};
        Map<String, List<Integer>> rowsByOutput = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            rowsByOutput.computeIfAbsent(outputs == null ? "output" : outputs.get(i), k -> new ArrayList<>()).add(i);
        }
        List<Figure> figures = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : charted(rowsByOutput).entrySet()) {
            List<String> names = new ArrayList<>();
            int size = e.getValue().size();
            double[][] values = new double[2][size];
            double[][] lows = new double[2][size];
            double[][] highs = new double[2][size];
            for (int k = 0; k < size; k++) {
                int row = e.getValue().get(k);
                names.add(shortName(params.get(row), params));
                values[0][k] = s1[row];
                values[1][k] = st[row];
                for (int i = 0; i < 2; i++) {
                    lows[i][k] = low[i][row];
                    highs[i][k] = high[i][row];
                }
            }
            String file = "chart-sensitivity-" + e.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".png";
            String caption = "Which parameters drive " + e.getKey() + ": first-order (alone) and total (with "
                    + "interactions) Sobol indices, whiskers their bootstrap interval (sensitivity.csv). A first-order "
                    + "index above its total, or below 0, is estimation noise; so is any index whose whisker spans 0.";
            figures.add(new Figure(file, caption, DistributionCharts.bars("Sensitivity of " + e.getKey(), "parameter",
                    "share of output variance", names, List.of("first-order", "total"), values,
                    new WhiskerBarRenderer(lows, highs))));
        }
        return figures;
    }

    /** @return the last segment of a parameter path, or the whole path if another parameter ends the same */
    static String shortName(String path, List<String> all) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        long same = all.stream().distinct().filter(p -> p.substring(p.lastIndexOf('.') + 1).equals(last)).count();
        return same > 1 ? path : last;
    }

    /** @return the column's numbers, or NaN for every row when the table lacks it (no whiskers) */
    private static double[] bound(CsvTable table, String column, int rows) {
        if (table.has(column)) {
            return table.numbers(column);
        }
        double[] none = new double[rows];
        Arrays.fill(none, Double.NaN);
        return none;
    }

    private static Map<String, List<Integer>> charted(Map<String, List<Integer>> rowsByOutput) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        KEY_OUTPUTS.stream().filter(rowsByOutput::containsKey).forEach(k -> out.put(k, rowsByOutput.get(k)));
        if (out.isEmpty()) {
            rowsByOutput.entrySet().stream().limit(MAX_CHARTS).forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    private static String column(CsvTable table, String... candidates) {
        String c = table.firstPresent(candidates);
        if (c == null) {
            throw new ReportException("sensitivity.csv needs one of the columns " + List.of(candidates) + " (has "
                    + table.header() + ")");
        }
        return c;
    }
}
