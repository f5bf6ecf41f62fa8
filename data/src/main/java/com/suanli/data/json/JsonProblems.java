package com.suanli.data.json;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the problems of one document go: either the first one refuses the document at once, or
 * each is noted and reading goes on, so that one refusal can list every fault of the file.
 */
final class JsonProblems {

    private final String source;
    private final JsonInput.Refusal refusal;
    private final List<JsonReadException.Problem> found = new ArrayList<>();

    JsonProblems(String source, JsonInput.Refusal refusal) {
        this.source = source;
        this.refusal = refusal;
    }

    /**
     * Notes a problem; refuses the document here when it stops at the first (with this problem
     * alone, whatever a caller caught before).
     */
    void report(JsonReadException.Problem problem) {
        if (refusal == JsonInput.Refusal.AT_FIRST_PROBLEM) {
            throw new JsonReadException(source, problem);
        }
        found.add(problem);
    }

    /** Whether a problem was noted at {@code path} or inside it. */
    boolean anyWithin(String path) {
        for (JsonReadException.Problem problem : found) {
            String at = problem.path();
            if (at.startsWith(path) && (at.length() == path.length() || at.charAt(path.length()) == '.'
                    || at.charAt(path.length()) == '[')) {
                return true;
            }
        }
        return false;
    }

    boolean any() {
        return !found.isEmpty();
    }

    /** The refusal of the document with everything noted so far. */
    JsonReadException refusal() {
        return new JsonReadException(source, found);
    }
}
