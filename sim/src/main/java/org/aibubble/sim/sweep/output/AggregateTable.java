package org.aibubble.sim.sweep.output;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.aibubble.sim.format.Csv;
import org.aibubble.sim.format.NumberText;
import org.aibubble.sim.stats.Distribution;
import org.aibubble.sim.sweep.table.RunsSchema;

/**
 * {@code aggregate.csv}: one row per design point, in point-id order - the point's parameters, how many
 * runs it had, finished, failed and bust, the share of finished runs that bust, and per summary metric
 * its mean, standard deviation and 5th/50th/95th percentiles over the finished runs where the metric
 * is filled (for {@code bust_month}: over the runs that bust). Empty fields are undefined statistics.
 */
public final class AggregateTable {
    private static final String[] STATS = {"mean", "sd", "p5", "p50", "p95"};

    private AggregateTable() {
    }

    /** @return the header columns */
    public static List<String> header(RunsSchema schema) {
        List<String> header = new ArrayList<>();
        header.add("point_id");
        header.addAll(schema.parameterPaths());
        header.addAll(List.of("runs", "finished", "failed", "busts", Outputs.BUST_SHARE));
        for (String metric : schema.metricNames()) {
            for (String stat : STATS) {
                header.add(metric + "_" + stat);
            }
        }
        return header;
    }

    /** @return the whole file, header and one line per point */
    public static String render(RunsSchema schema, Collection<PointRuns> points) {
        int bust = schema.metricNames().indexOf(Outputs.BUST_METRIC);
        StringBuilder sb = new StringBuilder(Csv.line(header(schema))).append('\n');
        for (PointRuns point : points) {
            List<String> f = new ArrayList<>();
            f.add(Integer.toString(point.pointId()));
            f.addAll(point.parameters());
            int finished = point.finished();
            f.add(Integer.toString(point.runs().size()));
            f.add(Integer.toString(finished));
            f.add(Integer.toString(point.runs().size() - finished));
            f.add(bust < 0 ? "" : Integer.toString(point.busts(bust)));
            f.add(bust < 0 ? "" : NumberText.exact(point.bustShare(bust)));
            for (int m = 0; m < schema.metricNames().size(); m++) {
                Distribution d = Distribution.of(point.values(m));
                for (double v : new double[] {d.mean(), d.sd(), d.p5(), d.p50(), d.p95()}) {
                    f.add(NumberText.exact(v));
                }
            }
            sb.append(Csv.line(f)).append('\n');
        }
        return sb.toString();
    }
}
