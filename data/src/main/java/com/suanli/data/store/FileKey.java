package com.suanli.data.store;

import java.io.Console;
import java.util.Arrays;
import java.util.Map;

/**
 * The key an encrypted desk database is opened with (H2's {@code CIPHER=AES}; H2 derives the AES key
 * from it). It lives only in memory: it comes from the environment variable {@value #ENVIRONMENT} or
 * from a prompt on the console, and nothing here writes it anywhere. {@link #NONE} opens a database
 * that is not encrypted.
 */
public final class FileKey {

    /** The environment variable a key may come from, so that scripts need no prompt. */
    public static final String ENVIRONMENT = "SUANLI_DESK_KEY";

    public static final FileKey NONE = new FileKey(new char[0]);

    private final char[] secret;

    private FileKey(char[] secret) {
        this.secret = secret;
    }

    /** A key from its characters (copied; the caller may wipe its own array). */
    public static FileKey of(char[] secret) {
        if (secret.length == 0) {
            throw new IllegalArgumentException("file key: must not be empty");
        }
        for (char c : secret) {
            if (c == ' ') {
                // H2 separates the file key from the user's password with a space.
                throw new IllegalArgumentException("file key: must not contain a space");
            }
        }
        return new FileKey(secret.clone());
    }

    /** The key from {@value #ENVIRONMENT}, or {@link #NONE} when it is not set. */
    public static FileKey fromEnvironment(Map<String, String> environment) {
        String key = environment.get(ENVIRONMENT);
        return key == null || key.isEmpty() ? NONE : of(key.toCharArray());
    }

    /** Asks for the key on the console without echoing it. */
    public static FileKey prompt(Console console, String database) {
        if (console == null) {
            throw new StoreException("no console to ask for the key of " + database + ": set " + ENVIRONMENT);
        }
        char[] typed = console.readPassword("Key for %s: ", database);
        if (typed == null || typed.length == 0) {
            throw new StoreException("no key given for " + database);
        }
        try {
            return of(typed);
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    public boolean isPresent() {
        return secret.length > 0;
    }

    /** What H2 takes as the password: the file key, a space, the user's password. */
    char[] withUserPassword(char[] userPassword) {
        char[] both = Arrays.copyOf(secret, secret.length + 1 + userPassword.length);
        both[secret.length] = ' ';
        System.arraycopy(userPassword, 0, both, secret.length + 1, userPassword.length);
        return both;
    }

    /** Never the key itself, so a key cannot reach a log by accident. */
    @Override
    public String toString() {
        return isPresent() ? "FileKey[given]" : "FileKey[none]";
    }
}
