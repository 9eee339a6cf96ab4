package org.aibubble.agents.economy;

/**
 * One column of the monthly series ({@link SeriesColumns}).
 *
 * @param name        the column name in {@code series.csv}
 * @param unit        its unit
 * @param description what it measures
 * @param section     the docs/MODEL.md section that defines it
 */
public record SeriesColumn(String name, String unit, String description, String section) {
}
