package com.suanli.data.firm;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Passwords as salted PBKDF2-HMAC-SHA256 hashes from the JDK, written
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64) so that a stored hash says how it was made.
 * {@link #CURRENT_ITERATIONS} follows OWASP's Password Storage Cheat Sheet (600,000 for
 * PBKDF2-HMAC-SHA256 since 2023; at least 210,000 is the floor this desk accepts as current); a hash
 * made with fewer {@link #needsRehash needs rehashing}, which the login does with the password it
 * has just verified.
 */
public final class PasswordHasher {

    public static final int CURRENT_ITERATIONS = 600_000;
    static final String SCHEME = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final SecureRandom random;

    private PasswordHasher(int iterations, SecureRandom random) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations: must be > 0, was " + iterations);
        }
        this.iterations = iterations;
        this.random = random;
    }

    /** The hasher for new passwords. */
    public static PasswordHasher current() {
        return new PasswordHasher(CURRENT_ITERATIONS, new SecureRandom());
    }

    /** A hasher with other work: for hashes made by an older desk, and for tests. */
    static PasswordHasher withIterations(int iterations) {
        return new PasswordHasher(iterations, new SecureRandom());
    }

    /** A new salted hash of {@code password}. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(derive(password, salt, iterations));
    }

    /** Whether {@code password} is the one {@code stored} was made from; a malformed hash matches nothing. */
    public boolean verify(char[] password, String stored) {
        Parsed parsed = Parsed.of(stored);
        if (parsed == null) {
            return false;
        }
        byte[] candidate = derive(password, parsed.salt(), parsed.iterations());
        // Constant time, so that how long a refusal takes tells nothing about the hash.
        return MessageDigest.isEqual(candidate, parsed.hash());
    }

    /**
     * Spends the time a {@link #verify} takes and matches nothing: a sign-in with an unknown login takes as
     * long as one with a wrong password, so the time says nothing about which logins exist.
     */
    public boolean matchNone(char[] password) {
        derive(password, new byte[SALT_BYTES], iterations);
        return false;
    }

    /** Whether {@code stored} was made with less work than this hasher does (or is not a hash it reads). */
    public boolean needsRehash(String stored) {
        Parsed parsed = Parsed.of(stored);
        return parsed == null || parsed.iterations() < iterations;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is missing from this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {

        static Parsed of(String stored) {
            String[] parts = stored == null ? new String[0] : stored.split("\\$");
            if (parts.length != 4 || !SCHEME.equals(parts[0])) {
                return null;
            }
            try {
                int iterations = Integer.parseInt(parts[1]);
                Base64.Decoder base64 = Base64.getDecoder();
                return iterations < 1 ? null : new Parsed(iterations, base64.decode(parts[2]), base64.decode(parts[3]));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
