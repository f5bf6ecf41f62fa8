package com.suanli.data.catalogue;

import java.util.List;

/** A catalogue file that was refused whole, with every problem found, each as {@code $.json.path: reason}. */
public final class CatalogueFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    CatalogueFormatException(String source, List<String> problems) {
        super("catalogue " + source + " refused, " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ":\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code $.path: reason}, in file order. */
    public List<String> problems() {
        return problems;
    }
}
