package org.aibubble.sim.calibrate;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aibubble.sim.config.EnumNames;
import org.aibubble.sim.format.Mappers;
import org.aibubble.sim.format.NumberText;
import org.aibubble.sim.output.BuildInfo;
import org.aibubble.sim.report.Figure;
import org.aibubble.sim.report.HtmlPage;
import org.aibubble.sim.report.PngCharts;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * What a calibration found, and the files it writes: {@code calibration.json}, {@code calibrated.yaml} and
 * {@code report.html} with {@code chart-loss.png}. Standard errors are the MSM sandwich
 * {@code V = (G'WG)^-1 G'W (Omega + Sigma) W G (G'WG)^-1}: G the Jacobian of the moments at the estimate
 * (central differences with common random numbers), W the weights, Sigma the bootstrap covariance of the
 * simulated moments at the estimate (from {@code replicates} runs), Omega that of the targets (the truth
 * runs' bootstrap covariance for truth moments; for a real history, which is one history, that of one run:
 * {@code replicates x Sigma}). Nothing in these files depends on the time, the host or the thread count.
 */
public final class CalibrationResult {
    /** The results file. */
    public static final String JSON = "calibration.json";
    /** The calibrated config. */
    public static final String YAML = "calibrated.yaml";
    /** The report. */
    public static final String REPORT = "report.html";
    /** The loss chart. */
    public static final String LOSS_CHART = "chart-loss.png";
    /** A recovered estimate must land within this share of its range of the truth. */
    public static final double RECOVERY_TOLERANCE = 0.10;

    private final Calibration calibration;
    private final double[] targets;
    private final double[][] weights;
    private final CalibrationLog.Entry truth;
    private final CalibrationLog.Entry best;
    private final double loss;
    private final int optimizerCalls;
    private final int calls;
    private final List<Double> history;
    private final double[][] jacobian;
    private final double[] standardErrors;
    private final double[][] omega;
    private final int population;

    private CalibrationResult(Calibration calibration, double[] targets, double[][] weights, CalibrationLog.Entry truth,
                              CalibrationLog.Entry best, double loss, int optimizerCalls, int calls, List<Double> history,
                              double[][] jacobian, double[] standardErrors, double[][] omega, int population) {
        this.calibration = calibration;
        this.targets = targets;
        this.weights = weights;
        this.truth = truth;
        this.best = best;
        this.loss = loss;
        this.optimizerCalls = optimizerCalls;
        this.calls = calls;
        this.history = List.copyOf(history);
        this.jacobian = jacobian;
        this.standardErrors = standardErrors;
        this.omega = omega;
        this.population = population;
    }

    static CalibrationResult of(Calibration calibration, double[] targets, double[][] weights, CalibrationLog.Entry truth,
                                CalibrationLog.Entry best, double loss, int optimizerCalls, int calls, List<Double> history,
                                List<CalibrationLog.Entry> jacobianPoints, int population) {
        CalibrationSpec spec = calibration.spec();
        int k = targets.length;
        int p = spec.dimension();
        double[][] g = new double[k][p];
        for (int j = 0; j < p; j++) {
            CalibrationLog.Entry up = jacobianPoints.get(2 * j);
            CalibrationLog.Entry down = jacobianPoints.get(2 * j + 1);
            double dTheta = up.values()[j] - down.values()[j];
            boolean ok = up.failed() == 0 && down.failed() == 0 && dTheta != 0;
            for (int i = 0; i < k; i++) {
                g[i][j] = ok ? (up.moments()[i] - down.moments()[i]) / dTheta : Double.NaN;
            }
        }
        double[][] sigma = best.covariance();
        double[][] omega = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int l = 0; l < k; l++) {
                boolean ti = MomentSpec.TRUTH.equals(spec.targets().moments().get(i).value());
                boolean tl = MomentSpec.TRUTH.equals(spec.targets().moments().get(l).value());
                if (ti && tl) {
                    omega[i][l] = truth.covariance()[i][l];
                } else if (!ti && !tl) {
                    omega[i][l] = spec.replicates() * sigma[i][l];
                }
            }
        }
        double[] se = sandwich(g, weights, omega, sigma);
        return new CalibrationResult(calibration, targets, weights, truth, best, loss, optimizerCalls, calls, history, g, se,
                omega, population);
    }

    /** @return the standard errors, NaN when the Jacobian or a covariance is undefined or G'WG is singular */
    static double[] sandwich(double[][] g, double[][] w, double[][] omega, double[][] sigma) {
        int k = g.length;
        int p = g[0].length;
        double[] se = new double[p];
        java.util.Arrays.fill(se, Double.NaN);
        double[][] total = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int l = 0; l < k; l++) {
                total[i][l] = omega[i][l] + sigma[i][l];
                if (!Double.isFinite(total[i][l])) {
                    return se;
                }
            }
            for (int j = 0; j < p; j++) {
                if (!Double.isFinite(g[i][j])) {
                    return se;
                }
            }
        }
        RealMatrix gm = new Array2DRowRealMatrix(g);
        RealMatrix wm = new Array2DRowRealMatrix(w);
        RealMatrix a = gm.transpose().multiply(wm).multiply(gm);
        LUDecomposition lu = new LUDecomposition(a);
        if (!lu.getSolver().isNonSingular()) {
            return se;
        }
        RealMatrix aInv = lu.getSolver().getInverse();
        RealMatrix b = gm.transpose().multiply(wm).multiply(new Array2DRowRealMatrix(total)).multiply(wm).multiply(gm);
        RealMatrix v = aInv.multiply(b).multiply(aInv);
        for (int j = 0; j < p; j++) {
            double var = v.getEntry(j, j);
            se[j] = var >= 0 ? Math.sqrt(var) : Double.NaN;
        }
        return se;
    }

    /** @return parameter path to its estimate */
    public Map<String, Double> estimates() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int j = 0; j < best.values().length; j++) {
            m.put(calibration.spec().parameters().get(j).path(), best.values()[j]);
        }
        return m;
    }

    /** @return the standard errors, in the parameters' order (NaN where undefined) */
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /** @return the loss at the estimate */
    public double loss() {
        return loss;
    }

    /** @return distinct candidates evaluated, the Jacobian's included */
    public int calls() {
        return calls;
    }

    /** @return model runs done for the candidates ({@code calls x replicates}; the truth runs not included) */
    public long runs() {
        return (long) calls * calibration.spec().replicates();
    }

    /**
     * @return for a recovery, |estimate - truth| / range per parameter; empty without truth
     */
    public double[] recoveryErrors() {
        CalibrationSpec spec = calibration.spec();
        if (spec.truth().values().isEmpty()) {
            return new double[0];
        }
        double[] e = new double[spec.dimension()];
        for (int j = 0; j < e.length; j++) {
            CalibrationParameter p = spec.parameters().get(j);
            e[j] = Math.abs(best.values()[j] - spec.truth().values().get(p.path())) / p.range();
        }
        return e;
    }

    /** @return whether every estimate lies within {@link #RECOVERY_TOLERANCE} of its range of the truth (false without truth) */
    public boolean recovered() {
        double[] e = recoveryErrors();
        if (e.length == 0) {
            return false;
        }
        for (double x : e) {
            if (!(x <= RECOVERY_TOLERANCE)) {
                return false;
            }
        }
        return true;
    }

    private double fitSe(int i) {
        return Math.sqrt(omega[i][i] + best.covariance()[i][i]);
    }

    /** Writes the files into {@code dir}. */
    void write(Path dir) throws IOException {
        writeJson(dir.resolve(JSON));
        writeYaml(dir.resolve(YAML));
        writeReport(dir);
    }

    private void writeJson(Path file) throws IOException {
        CalibrationSpec spec = calibration.spec();
        BuildInfo build = BuildInfo.current();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("spec", calibration.specFile().getFileName().toString());
        root.put("version", build.version());
        root.put("commit", build.commit());
        root.put("git_dirty", build.dirty());
        root.put("optimizer", EnumNames.configName(spec.optimizer().method()));
        if (spec.optimizer().method() == OptimizerSpec.Method.CMA_ES) {
            root.put("population", population);
        }
        root.put("weights", EnumNames.configName(spec.weights()));
        root.put("replicates", spec.replicates());
        root.put("first_seed", spec.seed());
        root.put("budget", spec.budget());
        Map<String, Object> est = new LinkedHashMap<>();
        estimates().forEach((k, v) -> est.put(k, num(v)));
        root.put("estimates", est);
        Map<String, Object> ses = new LinkedHashMap<>();
        for (int j = 0; j < spec.dimension(); j++) {
            ses.put(spec.parameters().get(j).path(), num(standardErrors[j]));
        }
        root.put("standard_errors", ses);
        root.put("loss", num(loss));
        root.put("calls", calls);
        root.put("optimizer_calls", optimizerCalls);
        root.put("jacobian_calls", calls - optimizerCalls);
        root.put("runs", runs());
        if (truth != null) {
            root.put("truth_runs", spec.truth().replicates());
            Map<String, Object> rec = new LinkedHashMap<>();
            double[] e = recoveryErrors();
            for (int j = 0; j < spec.dimension(); j++) {
                CalibrationParameter p = spec.parameters().get(j);
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("truth", spec.truth().values().get(p.path()));
                r.put("estimate", num(best.values()[j]));
                r.put("error_share_of_range", num(e[j]));
                r.put("within", e[j] <= RECOVERY_TOLERANCE);
                rec.put(p.path(), r);
            }
            root.put("recovery", rec);
            root.put("recovered", recovered());
        }
        List<Map<String, Object>> fit = new ArrayList<>();
        for (int i = 0; i < targets.length; i++) {
            MomentSpec m = spec.targets().moments().get(i);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("moment", m.id());
            f.put("statistic", EnumNames.configName(m.statistic()));
            f.put("runs", EnumNames.configName(m.runs()));
            f.put("aggregate", EnumNames.configName(m.aggregate()));
            f.put("source", m.value().equals(MomentSpec.TRUTH) || m.value().equals(MomentSpec.FACTS)
                    || m.value().equals(MomentSpec.SERIES) ? m.value() : "number");
            f.put("target", num(targets[i]));
            f.put("simulated", num(best.moments()[i]));
            f.put("t_statistic", num((best.moments()[i] - targets[i]) / fitSe(i)));
            fit.add(f);
        }
        root.put("fit", fit);
        List<List<Object>> g = new ArrayList<>();
        for (double[] row : jacobian) {
            List<Object> r = new ArrayList<>();
            for (double x : row) {
                r.add(num(x));
            }
            g.add(r);
        }
        root.put("jacobian", g);
        List<Object> h = new ArrayList<>();
        history.forEach(x -> h.add(num(x)));
        root.put("loss_history", h);
        Files.writeString(file, Mappers.prettyJson().writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    private static Object num(double x) {
        return Double.isFinite(x) ? x : null;
    }

    private void writeYaml(Path file) throws IOException {
        CalibrationSpec spec = calibration.spec();
        StringBuilder sb = new StringBuilder();
        sb.append("# Calibrated by `calibrate ").append(calibration.specFile().getFileName()).append("`: the base config ")
                .append(spec.base()).append(" (resolved) with the estimates below; ready to run.\n");
        for (int j = 0; j < spec.dimension(); j++) {
            sb.append("#   ").append(spec.parameters().get(j).path()).append(" = ").append(best.values()[j])
                    .append(" (s.e. ").append(Double.isFinite(standardErrors[j]) ? Double.toString(standardErrors[j]) : "undefined")
                    .append(")\n");
        }
        sb.append("# loss ").append(loss).append(" after ").append(calls).append(" model calls of ").append(spec.replicates())
                .append(" runs each.\n");
        Files.write(file, merge(sb.toString().getBytes(StandardCharsets.UTF_8), calibration.calibratedYaml(best.values())));
    }

    private static byte[] merge(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private void writeReport(Path dir) {
        CalibrationSpec spec = calibration.spec();
        XYSeries all = new XYSeries("loss of each call");
        XYSeries bestSoFar = new XYSeries("best so far");
        double running = Double.POSITIVE_INFINITY;
        for (int c = 0; c < history.size(); c++) {
            double x = history.get(c);
            running = Math.min(running, x);
            if (x > 0 && x < Calibration.PENALTY) {
                all.add(c + 1, x);
            }
            if (running > 0 && running < Calibration.PENALTY) {
                bestSoFar.add(c + 1, running);
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(all);
        data.addSeries(bestSoFar);
        JFreeChart chart = ChartFactory.createXYLineChart("Loss path", "model call (optimizer order)", "loss", data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        if (all.getItemCount() > 0) {
            plot.setRangeAxis(new LogAxis("loss (log scale)"));
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, new Color(160, 160, 160));
        renderer.setSeriesPaint(1, new Color(0, 114, 178));
        renderer.setSeriesLinesVisible(0, false);
        renderer.setSeriesShapesVisible(0, true);
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        Figure figure = new Figure(LOSS_CHART, "Loss of every candidate the optimizer asked for (grey; failed candidates left "
                + "out) and the best so far (blue).", chart);
        PngCharts.write(chart, dir.resolve(LOSS_CHART));
        List<List<String>> est = new ArrayList<>();
        boolean withTruth = truth != null;
        double[] rec = recoveryErrors();
        for (int j = 0; j < spec.dimension(); j++) {
            CalibrationParameter p = spec.parameters().get(j);
            List<String> row = new ArrayList<>(List.of(p.path(), NumberText.display(best.values()[j]),
                    NumberText.display(standardErrors[j]), "[" + NumberText.display(p.min()) + ", " + NumberText.display(p.max()) + "]"));
            if (withTruth) {
                row.add(NumberText.display(spec.truth().values().get(p.path())));
                row.add(NumberText.display(100 * rec[j]) + "%");
            }
            est.add(row);
        }
        List<String> estHeader = new ArrayList<>(List.of("parameter", "estimate", "s.e.", "range"));
        if (withTruth) {
            estHeader.add("truth");
            estHeader.add("error (share of range)");
        }
        List<List<String>> fit = new ArrayList<>();
        for (int i = 0; i < targets.length; i++) {
            MomentSpec m = spec.targets().moments().get(i);
            fit.add(List.of(m.id(), EnumNames.configName(m.statistic()), EnumNames.configName(m.runs()) + ", "
                    + EnumNames.configName(m.aggregate()), m.value().matches("[a-z]+") ? m.value() : "number",
                    NumberText.display(targets[i]), NumberText.display(best.moments()[i]),
                    NumberText.display((best.moments()[i] - targets[i]) / fitSe(i))));
        }
        BuildInfo build = BuildInfo.current();
        HtmlPage page = new HtmlPage("Calibration " + calibration.specFile().getFileName());
        page.heading("Calibration " + calibration.specFile().getFileName())
                .paragraph("lead", spec.description())
                .paragraph("", EnumNames.configName(spec.optimizer().method()) + ", weights "
                        + EnumNames.configName(spec.weights()) + ", " + spec.replicates() + " replicates per candidate (seeds "
                        + spec.seed() + " to " + (spec.seed() + spec.replicates() - 1) + " for every candidate); built from commit "
                        + build.commit() + ("true".equals(build.dirty()) ? " with uncommitted changes" : "") + ".")
                .cards(List.of(List.of("loss", NumberText.display(loss)), List.of("model calls", calls + " of " + spec.budget()),
                        List.of("runs", Long.toString(runs())))
                        .stream().map(List::copyOf).toList())
                .section("Estimates")
                .table(estHeader, est);
        if (withTruth) {
            page.paragraph("", (recovered() ? "Recovered: every" : "Not recovered: not every") + " estimate lies within "
                    + NumberText.display(100 * RECOVERY_TOLERANCE) + "% of its range of the truth.");
        }
        page.section("Moment fit")
                .table(List.of("moment", "statistic", "runs", "target from", "target", "simulated", "t"), fit)
                .section("Loss path")
                .figures(List.of(figure));
        page.write(dir.resolve(REPORT));
    }
}
