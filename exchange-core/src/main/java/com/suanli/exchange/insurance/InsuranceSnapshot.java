package com.suanli.exchange.insurance;

import com.suanli.exchange.engine.event.PolicyKind;
import com.suanli.exchange.listing.Hub;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

import static com.suanli.exchange.engine.journal.SnapshotFields.choice;
import static com.suanli.exchange.engine.journal.SnapshotFields.count;
import static com.suanli.exchange.engine.journal.SnapshotFields.day;
import static com.suanli.exchange.engine.journal.SnapshotFields.text;
import static com.suanli.exchange.engine.journal.SnapshotFields.writeDay;
import static com.suanli.exchange.engine.journal.SnapshotFields.writeText;

/**
 * The {@code insurance} part of the clearing section (docs/JOURNAL.md): the outage and claim
 * counters, then every policy in the order written with its terms, when its cover begins, its spot contract's unit value,
 * what it paid and whether it is live. The collateral each insurer holds back is rebuilt from the
 * live policies.
 */
final class InsuranceSnapshot {
    private static final PolicyKind[] KINDS = PolicyKind.values();
    private static final Hub[] HUBS = Hub.values();

    private InsuranceSnapshot() {
    }

    static void write(InsuranceDesk desk, DataOutput out) throws IOException {
        out.writeLong(desk.outages);
        out.writeLong(desk.claims);
        out.writeInt(desk.covers.size());
        for (InsuranceDesk.Cover cover : desk.covers) {
            PolicyTerms t = cover.terms;
            out.writeLong(t.holderAccount());
            out.writeLong(t.insurerAccount());
            out.writeByte(t.kind().ordinal());
            writeText(out, t.productCode());
            out.writeByte(t.hub().ordinal());
            writeDay(out, t.firstDay());
            writeDay(out, t.lastDay());
            out.writeLong(t.units());
            out.writeLong(t.trigger());
            out.writeLong(t.limit());
            out.writeLong(t.premium());
            out.writeLong(cover.from);
            out.writeLong(cover.tickValue);
            out.writeLong(cover.contractSize);
            out.writeLong(cover.paid);
            out.writeBoolean(cover.live);
        }
    }

    static void read(InsuranceDesk desk, InsuredHouse house, DataInput in) throws IOException {
        desk.outages = in.readLong();
        desk.claims = in.readLong();
        if (desk.outages < 0 || desk.claims < 0) {
            throw new IllegalArgumentException("outages, claims: " + desk.outages + " and " + desk.claims
                    + " cannot be negative");
        }
        for (int n = count(in, "policies"), p = 1; p <= n; p++) {
            String policy = "policy " + p + " ";
            PolicyTerms terms = new PolicyTerms(in.readLong(), in.readLong(), choice(in, KINDS, policy + "kind"),
                    text(in, policy + "productCode"), choice(in, HUBS, policy + "hub"), day(in, policy + "firstDay"),
                    day(in, policy + "lastDay"), in.readLong(), in.readLong(), in.readLong(), in.readLong());
            for (long account : new long[] {terms.holderAccount(), terms.insurerAccount()}) {
                int index = house.account(account);
                if (index == InsuredHouse.NONE || !house.kind(index).trades()) {
                    throw new IllegalArgumentException(policy + "account " + account + ": not a member's account");
                }
            }
            long from = in.readLong();
            if (from < ClaimFormula.dayStart(terms.firstDay()) || from >= ClaimFormula.dayStart(terms.lastDay().plusDays(1))) {
                throw new IllegalArgumentException(policy + "from: " + from + " is not within the cover from "
                        + terms.firstDay() + " to " + terms.lastDay());
            }
            InsuranceDesk.Cover cover = new InsuranceDesk.Cover(terms, from, in.readLong(), in.readLong());
            cover.paid = in.readLong();
            cover.live = in.readBoolean();
            if (cover.tickValue <= 0 || cover.contractSize <= 0 || cover.paid < 0 || cover.paid > terms.limit()) {
                throw new IllegalArgumentException(policy + "tickValue, contractSize, paid: " + cover.tickValue + ", "
                        + cover.contractSize + ", " + cover.paid + " do not fit a limit of " + terms.limit() + " fen");
            }
            desk.restored(cover);
        }
    }
}
