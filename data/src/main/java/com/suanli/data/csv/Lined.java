package com.suanli.data.csv;

import java.util.List;

/** A record read from a CSV file with the line it was on, so that a later check can still name the line. */
public record Lined<T>(long line, T value) {

    /** The records without their lines. */
    public static <T> List<T> values(List<Lined<T>> lined) {
        return lined.stream().map(Lined::value).toList();
    }
}
