package com.suanli.data.firm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    /** OWASP's Password Storage Cheat Sheet: the least work it accepts for PBKDF2 (210,000 is its SHA-512 figure). */
    private static final int OWASP_MINIMUM_ITERATIONS = 210_000;

    private final PasswordHasher hasher = PasswordHasher.current();

    @Test
    void a_hash_verifies_its_own_password_and_no_other() {
        String hash = hasher.hash("trade-the-spread".toCharArray());

        assertThat(hasher.verify("trade-the-spread".toCharArray(), hash)).isTrue();
        assertThat(hasher.verify("trade-the-Spread".toCharArray(), hash)).isFalse();
        assertThat(hasher.verify("".toCharArray(), hash)).isFalse();
    }

    @Test
    void a_hash_is_salted_names_its_scheme_and_work_and_holds_no_password() {
        String first = hasher.hash("same".toCharArray());
        String second = hasher.hash("same".toCharArray());

        assertThat(first).isNotEqualTo(second).startsWith("pbkdf2-sha256$" + PasswordHasher.CURRENT_ITERATIONS + "$")
                .doesNotContain("same");
        assertThat(PasswordHasher.CURRENT_ITERATIONS).isGreaterThanOrEqualTo(OWASP_MINIMUM_ITERATIONS);
    }

    @Test
    void a_hash_made_with_less_work_verifies_and_asks_to_be_rehashed() {
        String old = PasswordHasher.withIterations(1_000).hash("legacy".toCharArray());

        assertThat(hasher.verify("legacy".toCharArray(), old)).isTrue();
        assertThat(hasher.needsRehash(old)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("legacy".toCharArray()))).isFalse();
    }

    @Test
    void a_malformed_hash_matches_nothing() {
        assertThat(hasher.verify("x".toCharArray(), "plain-text-password")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "pbkdf2-sha256$0$AAAA$AAAA")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "pbkdf2-sha256$10$not base64!$AAAA")).isFalse();
        assertThat(hasher.needsRehash("plain-text-password")).isTrue();
    }
}
