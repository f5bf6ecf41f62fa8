package com.suanli.data.firm;

import com.suanli.exchange.engine.event.AccountOpened;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.FirmRegistered;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;

/**
 * The exchange's firms and accounts as its events make them, into {@code firms} and {@code accounts}: for a reporting
 * database that only records the exchange (a cluster member's read models, docs/CLUSTER.md), where nothing else
 * writes those tables. Not for a desk's own database, whose firms and accounts are the desk's administration (its
 * firm {@code DESK}, its users' accounts). A firm's code is its exchange id in decimal; each registered firm is a
 * {@link FirmRole#CLEARING_MEMBER}, as the exchange's clearing house margins and settles every firm's accounts
 * itself; each account is the firm's own ({@link AccountKind#HOUSE}: the exchange keeps no client money apart), in
 * CNY, named with the exchange's kind of account. Writing again what is there changes nothing (a replay).
 */
public final class FirmRecorder {

    private final FirmRepository firms;

    public FirmRecorder(Connection connection) {
        this.firms = new FirmRepository(Objects.requireNonNull(connection, "connection"));
    }

    /** Writes the firm or account {@code event} makes; ignores other events. */
    public void record(ExchangeEvent event) throws SQLException {
        if (event instanceof FirmRegistered registered) {
            firms.save(new Firm(code(registered.firmId()), registered.name(), FirmRole.CLEARING_MEMBER));
        } else if (event instanceof AccountOpened opened) {
            String firm = code(opened.firmId());
            if (firms.firm(firm).isEmpty()) {
                // Registered before the first event the database holds (it started after a snapshot): the name is
                // in the snapshot only.
                firms.save(new Firm(firm, "Firm " + firm, FirmRole.CLEARING_MEMBER));
            }
            firms.save(new Account(opened.account(), firm, "Account " + opened.account() + ", "
                    + opened.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), AccountKind.HOUSE,
                    "CNY", true));
        }
    }

    private static String code(long firmId) {
        return Long.toString(firmId);
    }
}
