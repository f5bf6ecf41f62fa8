package com.suanli.data.insurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.data.firm.Account;
import com.suanli.data.firm.AccountKind;
import com.suanli.data.firm.Firm;
import com.suanli.data.firm.FirmRepository;
import com.suanli.data.firm.FirmRole;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.TestStores;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyRepositoryTest {

    private static final String OUTAGE_TERMS = """
            { "id": "OC-NX-DEC", "type": "outageCover", "product": "H100", "hub": "NX", "start": "2026-12-01",
              "termDays": 31, "quantity": 1,
              "frequency": { "model": "poisson", "mean": 4.0 }, "severity": { "meanGpuHours": 5000, "coefficientOfVariation": 1.5 } }
            """;
    private static final InsurancePolicy COVER = new InsurancePolicy("OC-NX-DEC", 7, PolicyKind.OUTAGE_COVER, "H100", "NX",
            LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), 1, new BigDecimal("15300.5"), OUTAGE_TERMS);

    @TempDir
    Path dir;

    private DeskStore store;

    @BeforeEach
    void desk_with_an_account() {
        store = TestStores.fresh(dir);
        store.transaction(c -> {
            new FirmRepository(c).save(new Firm("WW", "Westwind", FirmRole.CLIENT));
            new FirmRepository(c).save(new Account(7, "WW", "main", AccountKind.CLIENT, "CNY", true));
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void a_policy_reads_back_with_its_terms_and_is_in_force_over_its_cover_only() {
        store.transaction(c -> {
            new PolicyRepository(c).add(COVER);
            return null;
        });

        store.transaction(c -> {
            PolicyRepository policies = new PolicyRepository(c);
            assertThat(policies.policy("OC-NX-DEC")).contains(COVER);
            assertThat(policies.inForceOn(LocalDate.of(2026, 12, 31))).containsExactly(COVER);
            assertThat(policies.inForceOn(LocalDate.of(2027, 1, 1))).isEmpty();
            return null;
        });
    }

    @Test
    void a_policy_that_ends_before_it_starts_or_carries_fractions_of_a_cent_is_refused() {
        assertThatThrownBy(() -> new InsurancePolicy("X", 7, PolicyKind.OUTAGE_COVER, "H100", "NX", LocalDate.of(2026, 12, 2),
                LocalDate.of(2026, 12, 1), 1, BigDecimal.ONE, "{}")).hasMessage("coverEnd: 2026-12-01 is before coverStart 2026-12-02");
        assertThatThrownBy(() -> new InsurancePolicy("X", 7, PolicyKind.OUTAGE_COVER, "H100", "NX", LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 1), 1, new BigDecimal("0.001"), "{}")).hasMessage("premium: at most two decimals, was 0.001");
    }
}
