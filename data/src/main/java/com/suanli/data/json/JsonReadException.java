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

    /** One problem of a document: where it is and what is wrong there. */
    public record Problem(String path, String reason) {

        public Problem {
            if (path == null || path.isBlank()) {
                throw new IllegalArgumentException("path: must name where in the document, was '" + path + "'");
            }
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("reason: must say what is wrong at " + path);
            }
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

    /** The JSON path of the first problem, e.g. {@code $.hubs[2].pue}. */
    public String path() {
        return problems.get(0).path();
    }

    /** The reason of the first problem. */
    public String reason() {
        return problems.get(0).reason();
    }
}
