package org.aibubble.sim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bar charts of Sobol sensitivity indices from a {@code sensitivity.csv}: for each output metric, the
 * first-order and the total index of every parameter side by side.
 */
final class SensitivityFigures {
    private SensitivityFigures() {
    }

    /**
     * @param table a sensitivity table with a parameter column and first-order and total columns
     * @return one figure per output metric
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
        Map<String, List<Integer>> rowsByOutput = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            rowsByOutput.computeIfAbsent(outputs == null ? "output" : outputs.get(i), k -> new ArrayList<>()).add(i);
        }
        List<Figure> figures = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : rowsByOutput.entrySet()) {
            List<String> names = new ArrayList<>();
            double[][] values = new double[2][e.getValue().size()];
            for (int k = 0; k < e.getValue().size(); k++) {
                int row = e.getValue().get(k);
                names.add(params.get(row));
                values[0][k] = s1[row];
                values[1][k] = st[row];
            }
            String file = "chart-sensitivity-" + e.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".png";
            figures.add(new Figure(file, "Which parameters drive " + e.getKey() + ": first-order (alone) and total "
                    + "(with interactions) Sobol indices.", DistributionCharts.bars("Sensitivity of " + e.getKey(), "parameter",
                    "share of output variance", names, List.of("first-order", "total"), values)));
        }
        return figures;
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
