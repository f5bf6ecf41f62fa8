package com.suanli.data.firm;

import java.util.regex.Pattern;

/** The short codes people type: firm codes and logins. */
final class Codes {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,31}");

    private Codes() {
    }

    static String require(String field, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(field + ": must be 1 to 32 letters, digits, '.', '-' or '_', was "
                    + (code == null ? "nothing" : "'" + code + "'"));
        }
        return code;
    }
}
