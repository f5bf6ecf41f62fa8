package com.suanli.cluster.member;

import java.util.ArrayList;
import java.util.List;

/**
 * A java argument file's options ({@code java @file}), as the launcher reads the files the desk's JVMs start with:
 * separated by white space, {@code #} to the line's end a comment.
 */
public final class JvmArgumentFile {

    private JvmArgumentFile() {
    }

    public static List<String> options(String text) {
        List<String> options = new ArrayList<>();
        for (String line : text.split("\\R")) {
            int comment = line.indexOf('#');
            String kept = (comment < 0 ? line : line.substring(0, comment)).strip();
            if (!kept.isEmpty()) {
                options.addAll(List.of(kept.split("\\s+")));
            }
        }
        return options;
    }
}
