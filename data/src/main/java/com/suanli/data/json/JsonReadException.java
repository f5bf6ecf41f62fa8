package com.suanli.data.json;

import java.util.List;

/**
 * A JSON document that was refused whole, with each problem as a JSON path and a reason
 * ({@code $.trades[2].strike: must be > 0, was -1.0}), in the order they were found, and the
 * name of the file when it is known.
 */
public final class JsonReadException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<Problem> problems;

    /**
     * One problem of a document: where it is and what is wrong there, in English and by code, so that a screen words
     * it in its own language without reading the English.
     *
     * @param code what is wrong, as the desk's bundles key it (e.g. {@code json.required}); null for a refusal worded
     *        only in English (a value's own refusal)
     * @param figures what the code's words are filled in with, in order
     */
    public record Problem(String path, String reason, String code, List<Object> figures) {

        public Problem {
            if (path == null || path.isBlank()) {
                throw new IllegalArgumentException("path: must name where in the document, was '" + path + "'");
            }
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("reason: must say what is wrong at " + path);
            }
            figures = List.copyOf(figures);
        }

        /** A problem worded only in English. */
        public Problem(String path, String reason) {
            this(path, reason, null, List.of());
        }

        @Override
        public String toString() {
            return path + ": " + reason;
        }
    }

    /**
     * @param source the file or resource name, or null when the document has none (text handed in)
     * @param problems at least one
     */
    public JsonReadException(String source, List<Problem> problems) {
        super(message(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public JsonReadException(String source, String path, String reason) {
        this(source, List.of(new Problem(path, reason)));
    }

    public JsonReadException(String source, Problem problem) {
        this(source, List.of(problem));
    }

    private static String message(String source, List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems: a refused document must have at least one");
        }
        if (problems.size() == 1) {
            return (source == null ? "" : source + " ") + problems.get(0);
        }
        StringBuilder message = new StringBuilder(source == null ? "JSON document" : source).append(" refused, ").append(problems.size()).append(" problems:");
        problems.forEach(problem -> message.append("\n  ").append(problem));
        return message.toString();
    }

    /** The file or resource name, or null when the document was text without one. */
    public String source() {
        return source;
    }

    /** Every problem as {@code $.path: reason}, in the order found. */
    public List<String> problems() {
        return problems.stream().map(Problem::toString).toList();
    }

    /** Every problem with its code and figures, in the order found. */
    public List<Problem> found() {
        return problems;
    }

    /** The JSON path of the first problem, e.g. {@code $.hubs[2].pue}. */
    public String path() {
        return problems.get(0).path();
    }

    /** The reason of the first problem. */
    public String reason() {
        return problems.get(0).reason();
    }
}
