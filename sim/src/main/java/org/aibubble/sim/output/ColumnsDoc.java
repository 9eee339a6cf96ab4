package org.aibubble.sim.output;

import java.util.List;

import org.aibubble.agents.economy.SeriesColumn;
import org.aibubble.agents.economy.SeriesColumns;

/**
 * docs/COLUMNS.md: the data dictionary of {@code series.csv} ({@link SeriesColumns}) as a Markdown table, for
 * the baseline's hyperscalers. A test keeps the file equal to this rendering.
 */
public final class ColumnsDoc {
    private ColumnsDoc() {
    }

    /**
     * @param hyperscalerIds the hyperscalers' ids, in config order
     * @return the Markdown text
     */
    public static String render(List<String> hyperscalerIds) {
        StringBuilder out = new StringBuilder("# Columns of series.csv\n\n")
                .append("Every run folder has this table as `columns.json` (`name`, `unit`, `description`,\n")
                .append("`model_section`), written from `SeriesColumns`, the same list that orders the columns of\n")
                .append("`series.csv`. Ensembles' `series_quantiles.csv` has the same columns in its `column` field.\n")
                .append("This file lists the baseline's hyperscalers (").append(String.join(", ", hyperscalerIds))
                .append("); a config with others has a `capex_<id>` column for each.\n\n")
                .append("| column | unit | what it measures | docs/MODEL.md section |\n")
                .append("| --- | --- | --- | --- |\n");
        for (SeriesColumn c : SeriesColumns.of(hyperscalerIds)) {
            out.append("| `").append(c.name()).append("` | ").append(c.unit()).append(" | ").append(c.description())
                    .append(" | ").append(c.section()).append(" |\n");
        }
        return out.toString();
    }
}
