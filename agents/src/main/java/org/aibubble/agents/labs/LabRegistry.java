package org.aibubble.agents.labs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.aibubble.agents.labs.rules.MarketShare;

/**
 * The labs' side of the AI market: every lab in config order, their market shares by model quality as the
 * labs stand now ({@link MarketShare}) and the count of failed labs.
 */
public final class LabRegistry implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double qualityElasticity;
    private final List<ModelLab> labs = new ArrayList<>();

    /** @param qualityElasticity {@code labs.behaviour.qualityElasticity} */
    public LabRegistry(double qualityElasticity) {
        this.qualityElasticity = qualityElasticity;
    }

    /** Adds a lab (building the economy, in config order). */
    public void add(ModelLab lab) {
        labs.add(lab);
    }

    /** @return the labs, in config order */
    public List<ModelLab> labs() {
        return List.copyOf(labs);
    }

    /**
     * @param lab a registered lab
     * @return its share of AI end revenue given every lab's training compute now (0 once failed)
     */
    public double marketShare(ModelLab lab) {
        int n = labs.size();
        double[] quality = new double[n];
        double[] training = new double[n];
        boolean[] live = new boolean[n];
        for (int i = 0; i < n; i++) {
            ModelLab l = labs.get(i);
            quality[i] = l.baseQuality();
            training[i] = l.trainingUnits();
            live[i] = l.status() != LabStatus.FAILED;
        }
        return MarketShare.of(quality, training, live, qualityElasticity, labs.indexOf(lab));
    }

    /** @return labs failed so far */
    public int failures() {
        int failed = 0;
        for (ModelLab lab : labs) {
            if (lab.status() == LabStatus.FAILED) {
                failed++;
            }
        }
        return failed;
    }
}
