package org.aibubble.sim.sweep.table;

import java.util.ArrayList;
import java.util.List;

import org.aibubble.sim.format.Csv;
import org.aibubble.sim.format.NumberText;

/**
 * The columns of {@code runs.csv}: {@code run_id, point_id, replicate, seed, status}, one column per
 * varied parameter (named by its config path), one per summary metric, then {@code error}.
 *
 * @param parameterPaths the varied parameters' config paths, in sweep order
 * @param metricNames    the summary metrics, in summary order
 */
public record RunsSchema(List<String> parameterPaths, List<String> metricNames) {
    private static final List<String> ID_COLUMNS = List.of("run_id", "point_id", "replicate", "seed", "status");

    /** Copies the lists. */
    public RunsSchema {
        parameterPaths = List.copyOf(parameterPaths);
        metricNames = List.copyOf(metricNames);
    }

    /** @return every column name, in order */
    public List<String> header() {
        List<String> header = new ArrayList<>(ID_COLUMNS);
        header.addAll(parameterPaths);
        header.addAll(metricNames);
        header.add("error");
        return header;
    }

    /** @return the header line, without its line end */
    public String headerLine() {
        return Csv.line(header());
    }

    /** @return {@code row} as one CSV line, without its line end */
    public String format(RunRecord row) {
        if (row.parameters().size() != parameterPaths.size() || row.metrics().size() != metricNames.size()) {
            throw new IllegalArgumentException("run " + row.runId() + " does not match the columns of runs.csv");
        }
        List<String> fields = new ArrayList<>();
        fields.add(Long.toString(row.runId()));
        fields.add(Integer.toString(row.pointId()));
        fields.add(Integer.toString(row.replicate()));
        fields.add(Long.toString(row.seed()));
        fields.add(row.status().csvName());
        fields.addAll(row.parameters());
        for (Double metric : row.metrics()) {
            fields.add(NumberText.exact(metric));
        }
        fields.add(row.error());
        return Csv.line(fields);
    }

    /**
     * @param f the cells of one data row of {@code runs.csv}
     * @return the row they hold
     * @throws IllegalArgumentException if the cells do not fit these columns
     */
    public RunRecord parse(List<String> f) {
        int params = parameterPaths.size();
        int metrics = metricNames.size();
        if (f.size() != ID_COLUMNS.size() + params + metrics + 1) {
            throw new IllegalArgumentException("has " + f.size() + " fields, expected " + header().size());
        }
        int at = ID_COLUMNS.size();
        List<String> values = f.subList(at, at + params);
        List<Double> numbers = new ArrayList<>(metrics);
        for (String text : f.subList(at + params, at + params + metrics)) {
            numbers.add(NumberText.parseExact(text));
        }
        return new RunRecord(Long.parseLong(f.get(0)), Integer.parseInt(f.get(1)), Integer.parseInt(f.get(2)),
                Long.parseLong(f.get(3)), RunStatus.parse(f.get(4)), values, numbers, f.get(f.size() - 1));
    }
}
