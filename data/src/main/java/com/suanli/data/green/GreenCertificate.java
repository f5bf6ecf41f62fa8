package com.suanli.data.green;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A green electricity certificate (GEC) for {@code mwh} of renewable power generated at a hub in its
 * vintage month; once retired it backs a claim and cannot be retired again.
 *
 * @param retiredOn null while the certificate is held
 * @param retiredFor what the retirement backs, e.g. a delivery of green capacity; null while held
 */
public record GreenCertificate(String certificateId, long account, String hub, YearMonth vintage, BigDecimal mwh,
                              LocalDate issuedOn, LocalDate retiredOn, String retiredFor) {

    public GreenCertificate {
        Objects.requireNonNull(vintage, "vintage");
        Objects.requireNonNull(mwh, "mwh");
        Objects.requireNonNull(issuedOn, "issuedOn");
        if (certificateId == null || certificateId.isBlank()) {
            throw new IllegalArgumentException("certificateId: must not be blank");
        }
        if (hub == null || hub.isBlank()) {
            throw new IllegalArgumentException("hub: must not be blank");
        }
        if (mwh.signum() <= 0) {
            throw new IllegalArgumentException("mwh: must be > 0, was " + mwh.toPlainString());
        }
        if ((retiredOn == null) != (retiredFor == null)) {
            throw new IllegalArgumentException("retiredFor: a retired certificate says when and for what, a held one neither");
        }
    }

    public boolean isRetired() {
        return retiredOn != null;
    }
}
