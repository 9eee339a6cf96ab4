package org.aibubble.sim.gui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.aibubble.agents.ledger.Sector;

import sim.util.Double2D;

/**
 * Where each agent sits in the network display: one column per role, read left to right as money
 * flows into AI - households, their private-credit funds, the hyperscalers, the labs, and the rest of
 * the economy (chip vendor, other firms, software borrowers, bank, government, Fed). Agents of a
 * column are spread evenly top to bottom in account order. Deterministic: no random numbers.
 */
final class NetworkLayout {
    /** Width of the network field, field units. */
    static final double WIDTH = 100.0;
    /** Height of the network field, field units. */
    static final double HEIGHT = 140.0;
    private static final double MARGIN = 10.0;

    private NetworkLayout() {
    }

    /**
     * @param sectors the sector of each account, by account id
     * @return the position of each account, by account id
     */
    static List<Double2D> positions(List<Sector> sectors) {
        Map<Column, List<Integer>> members = new EnumMap<>(Column.class);
        for (int account = 0; account < sectors.size(); account++) {
            members.computeIfAbsent(Column.of(sectors.get(account)), c -> new ArrayList<>()).add(account);
        }
        Double2D[] positions = new Double2D[sectors.size()];
        for (Map.Entry<Column, List<Integer>> column : members.entrySet()) {
            List<Integer> accounts = column.getValue();
            double x = column.getKey().x();
            double step = (HEIGHT - 2 * MARGIN) / accounts.size();
            for (int i = 0; i < accounts.size(); i++) {
                positions[accounts.get(i)] = new Double2D(x, MARGIN + step * (i + 0.5));
            }
        }
        return List.of(positions);
    }

    /** The display's columns, left to right. */
    private enum Column {
        HOUSEHOLDS(7), FUNDS(27), HYPERSCALERS(47), LABS(67), REST(86);

        private final double x;

        Column(double x) {
            this.x = x;
        }

        double x() {
            return x;
        }

        static Column of(Sector sector) {
            return switch (sector) {
                case HOUSEHOLDS -> HOUSEHOLDS;
                case PRIVATE_CREDIT -> FUNDS;
                case HYPERSCALERS -> HYPERSCALERS;
                case LABS -> LABS;
                case CHIP_VENDOR, OTHER_FIRMS, SOFTWARE_BORROWERS, BANK, GOVERNMENT, FED -> REST;
            };
        }
    }
}
