package com.suanli.pricing.risk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The positions of a book, with unique ids, summed in list order (so results are reproducible). */
public record Portfolio(List<Position> positions) {

    public Portfolio {
        positions = List.copyOf(Objects.requireNonNull(positions, "positions"));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < positions.size(); i++) {
            if (!ids.add(positions.get(i).id())) {
                throw new IllegalArgumentException("positions[" + i + "].id: duplicate id '" + positions.get(i).id() + "'");
            }
        }
    }

    public static Portfolio of(Position... positions) {
        return new Portfolio(List.of(positions));
    }

    public double presentValue(Market market) {
        double sum = 0.0;
        for (Position position : positions) {
            sum += position.presentValue(market);
        }
        return sum;
    }

    /** The positions whose ids {@code other} does not hold, in this portfolio's order. */
    public Portfolio without(Portfolio other) {
        Set<String> ids = new HashSet<>();
        other.positions.forEach(p -> ids.add(p.id()));
        List<Position> kept = new ArrayList<>();
        for (Position position : positions) {
            if (!ids.contains(position.id())) {
                kept.add(position);
            }
        }
        return new Portfolio(kept);
    }

    /** The positions whose ids {@code other} also holds, in this portfolio's order. */
    public Portfolio common(Portfolio other) {
        return without(without(other));
    }
}
