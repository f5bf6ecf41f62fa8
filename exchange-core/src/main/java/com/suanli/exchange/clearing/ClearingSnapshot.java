package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.journal.SnapshotInput;
import com.suanli.exchange.engine.journal.SnapshotOutput;
import com.suanli.exchange.margin.CombinedCommodity;
import com.suanli.exchange.margin.InterCommoditySpread;
import com.suanli.exchange.margin.RiskArray;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.util.Locale;

import static com.suanli.exchange.engine.journal.SnapshotFields.choice;
import static com.suanli.exchange.engine.journal.SnapshotFields.count;
import static com.suanli.exchange.engine.journal.SnapshotFields.day;
import static com.suanli.exchange.engine.journal.SnapshotFields.text;
import static com.suanli.exchange.engine.journal.SnapshotFields.writeDay;
import static com.suanli.exchange.engine.journal.SnapshotFields.writeText;

/**
 * The clearing section of a snapshot: the house's state that commands change, in named parts,
 * each its name, its byte length and its bytes, written and read in the order of {@link Part}.
 * Reference data (rules, combined commodities, spreads, listed contracts) is not in it: the house
 * is restored over the same setup, as the engine over the same catalogue, and the parts check that
 * it fits. Margin figures are rebuilt from the positions and the risk arrays, then checked against
 * the requirement written beside them. The layout is in docs/JOURNAL.md.
 */
final class ClearingSnapshot {
    private static final AccountKind[] KINDS = AccountKind.values();

    private ClearingSnapshot() {
    }

    /**
     * The parts, in section order. State added to the house later goes in a new part at the end
     * (or a new field at the end of its part), written and read here; see docs/JOURNAL.md.
     */
    enum Part {
        /** The house's time and the last settlement id. */
        HOUSE {
            @Override
            void write(ClearingHouse house, DataOutput out) throws IOException {
                out.writeLong(house.now);
                out.writeLong(house.lastSettlementId);
            }

            @Override
            void read(ClearingHouse house, DataInput in) throws IOException {
                house.now = in.readLong();
                house.lastSettlementId = in.readLong();
                if (house.lastSettlementId < 0) {
                    throw new IllegalArgumentException("lastSettlementId: " + house.lastSettlementId + " is negative");
                }
            }
        },
        /** Firms (id, name), then accounts (number, firm index, kind), in opening order. */
        ACCOUNTS {
            @Override
            void write(ClearingHouse house, DataOutput out) throws IOException {
                AccountRegistry accounts = house.accounts;
                out.writeInt(accounts.firmCount());
                for (int f = 0; f < accounts.firmCount(); f++) {
                    out.writeLong(accounts.firmId(f));
                    writeText(out, accounts.firmName(f));
                }
                out.writeInt(accounts.count() - 1);
                for (int a = 1; a < accounts.count(); a++) {
                    out.writeLong(accounts.id(a));
                    out.writeInt(accounts.firmOf(a));
                    out.writeByte(accounts.kind(a).ordinal());
                }
            }

            @Override
            void read(ClearingHouse house, DataInput in) throws IOException {
                AccountRegistry accounts = house.accounts;
                for (int n = count(in, "firms"); n > 0; n--) {
                    long firmId = in.readLong();
                    String name = text(in, "firm " + firmId + " name");
                    if (firmId <= 0 || name.isBlank() || accounts.firm(firmId) != AccountRegistry.NONE) {
                        throw new IllegalArgumentException("firm " + firmId + ": not a new firm id > 0 with a name");
                    }
                    accounts.addFirm(firmId, name);
                }
                for (int n = count(in, "accounts"); n > 0; n--) {
                    long account = in.readLong();
                    int firm = in.readInt();
                    AccountKind kind = choice(in, KINDS, "account " + account + " kind");
                    if (account <= 0 || accounts.account(account) != AccountRegistry.NONE || firm < 0
                            || firm >= accounts.firmCount()
                            || !kind.trades() && accounts.house(kind) != AccountRegistry.NONE) {
                        throw new IllegalArgumentException("account " + account + ": not a new account > 0 of a listed firm"
                                + " (firm index " + firm + ", " + kind + ")");
                    }
                    house.ledger.opened(accounts.open(account, firm, kind));
                }
            }
        },
        /** The entry count, the running hash of the entries and every balance by account index, the outside world first. */
        LEDGER {
            @Override
            void write(ClearingHouse house, DataOutput out) throws IOException {
                out.writeLong(house.ledger.entries());
                out.writeLong(house.ledger.chain());
                out.writeInt(house.accounts.count());
                for (int a = 0; a < house.accounts.count(); a++) {
                    out.writeLong(house.ledger.balance(a));
                }
            }

            @Override
            void read(ClearingHouse house, DataInput in) throws IOException {
                long entries = in.readLong();
                long chain = in.readLong();
                int count = count(in, "balances");
                if (entries < 0 || count != house.accounts.count()) {
                    throw new IllegalArgumentException(entries + " entries and " + count + " balances do not fit "
                            + house.accounts.count() + " accounts, the outside world included");
                }
                long[] balances = new long[count];
                long sum = 0;
                for (int a = 0; a < count; a++) {
                    balances[a] = in.readLong();
                    sum += balances[a];
                }
                if (sum != 0) {
                    throw new IllegalArgumentException("the balances sum to " + sum + " fen, not 0: not a double-entry ledger");
                }
                house.ledger.restore(entries, chain, balances);
            }
        },
        /** Every product's fee rate (code, maker, taker) in product order; the setup's products come first. */
        FEES {
            @Override
            void write(ClearingHouse house, DataOutput out) throws IOException {
                FeeSchedule fees = house.fees;
                out.writeInt(fees.count());
                for (int p = 0; p < fees.count(); p++) {
                    writeText(out, fees.code(p));
                    out.writeLong(fees.rate(p).makerPerLot());
                    out.writeLong(fees.rate(p).takerPerLot());
                }
            }

            @Override
            void read(ClearingHouse house, DataInput in) throws IOException {
                FeeSchedule fees = house.fees;
                int setUp = fees.count();
                int count = count(in, "products");
                if (count < setUp) {
                    throw new IllegalArgumentException("the setup has fee rates for " + setUp + " products, the snapshot for only "
                            + count);
                }
                for (int p = 0; p < count; p++) {
                    String code = text(in, "product " + p);
                    FeeRate rate = new FeeRate(in.readLong(), in.readLong());
                    if (p < setUp ? !code.equals(fees.code(p)) : code.isBlank() || fees.product(code) != FeeSchedule.NONE) {
                        throw new IllegalArgumentException("product " + p + " is " + code + " in the snapshot"
                                + (p < setUp ? " but " + fees.code(p) + " in the setup" : ", not a new product code"));
                    }
                    fees.set(code, rate);
                }
            }
        },
        /** Per contract in listing order: its id, last settlement (price, day) and closing window. */
        CONTRACTS {
            @Override
            void write(ClearingHouse house, DataOutput out) throws IOException {
                out.writeInt(house.contracts.count());
                for (int c = 0; c < house.contracts.count(); c++) {
                    ClearedContracts.Contract contract = house.contracts.get(c);
                    out.writeInt(contract.spec.instrumentId());
                    out.writeLong(contract.settlementPrice);
                    out.writeBoolean(contract.settledDay != null);
                    if (contract.settledDay != null) {
                        writeDay(out, contract.settledDay);
                    }
                    if (contract.window != null) {
                        contract.window.writeSnapshot(out);
                    }
                }
            }

            @Override
            void read(ClearingHouse house, DataInput in) throws IOException {
                int count = count(in, "contracts");
                if (count != house.contracts.count()) {
                    throw new IllegalArgumentException("the snapshot clears " + count + " contracts but the setup lists "
                            + house.contracts.count());
                }
                for (int c = 0; c < count; c++) {
                    ClearedContracts.Contract contract = house.contracts.get(c);
                    int id = in.readInt();
                    long price = in.readLong();
                    if (id != contract.spec.instrumentId() || price <= 0 || price > ClearingHouse.MAX_PRICE) {
                        throw new IllegalArgumentException("contract " + c + ": instrument " + id + " settled at " + price
                                + " where the setup lists instrument " + contract.spec.instrumentId());
                    }
                    contract.settlementPrice = price;
                    contract.settledDay = in.readBoolean() ? day(in, "instrument " + id + " settledDay") : null;
                    if (contract.window != null) {
                        contract.window.readSnapshot(in, "instrument " + id + " closing window");
                    }
                }
            }
        },
        /** Every position slot in creation order: account and contract indices, then its figures. */
        POSITIONS {
            @Override
            void write(ClearingHouse house, DataOutput out) throws IOException {
                PositionBook positions = house.positions;
                out.writeInt(positions.count());
                for (int slot = 0; slot < positions.count(); slot++) {
                    out.writeInt(positions.account(slot));
                    out.writeInt(positions.instrument(slot));
                    for (int f = 0; f < PositionBook.FIGURES; f++) {
                        out.writeLong(positions.figure(slot, f));
                    }
                }
            }

            @Override
            void read(ClearingHouse house, DataInput in) throws IOException {
                PositionBook positions = house.positions;
                long[] figures = new long[PositionBook.FIGURES];
                for (int n = count(in, "slots"), slot = 0; slot < n; slot++) {
                    int account = in.readInt();
                    int contract = in.readInt();
                    for (int f = 0; f < figures.length; f++) {
                        figures[f] = in.readLong();
                    }
                    boolean member = account > 0 && account < house.accounts.count()
                            && house.accounts.kind(account).trades();
                    if (!member || contract < 0 || contract >= house.contracts.count()
                            || positions.find(account, contract) != PositionBook.NONE) {
                        throw new IllegalArgumentException("slot " + slot + ": account index " + account
                                + " and contract index " + contract + " are not a new member's position");
                    }
                    long net = figures[PositionBook.NET];
                    long buying = figures[PositionBook.BUYING];
                    long selling = figures[PositionBook.SELLING];
                    if (net < -ClearingHouse.MAX_LOTS || net > ClearingHouse.MAX_LOTS || buying < 0 || selling < 0
                            || buying > ClearingHouse.MAX_LOTS || selling > ClearingHouse.MAX_LOTS) {
                        throw new IllegalArgumentException("slot " + slot + ": " + net + " lots held, " + buying
                                + " buying and " + selling + " selling are beyond " + ClearingHouse.MAX_LOTS);
                    }
                    positions.restore(positions.create(account, contract), figures);
                }
            }
        },
        /**
         * Every contract's risk array now, then every account's maintenance and initial margin:
         * the margin is rebuilt from the positions and arrays, and must come out at those figures.
         */
        MARGIN {
            @Override
            void write(ClearingHouse house, DataOutput out) throws IOException {
                out.writeInt(house.contracts.count());
                for (int c = 0; c < house.contracts.count(); c++) {
                    for (long loss : house.margin.array(c).losses()) {
                        out.writeLong(loss);
                    }
                }
                out.writeInt(house.accounts.count());
                for (int a = 0; a < house.accounts.count(); a++) {
                    out.writeLong(house.margin.maintenance(a));
                    out.writeLong(house.margin.initial(a));
                }
            }

            @Override
            void read(ClearingHouse house, DataInput in) throws IOException {
                int contracts = count(in, "risk arrays");
                if (contracts != house.contracts.count()) {
                    throw new IllegalArgumentException(contracts + " risk arrays for " + house.contracts.count() + " contracts");
                }
                long[] losses = new long[RiskArray.SCENARIOS];
                for (int c = 0; c < contracts; c++) {
                    for (int s = 0; s < losses.length; s++) {
                        losses[s] = in.readLong();
                    }
                    house.margin.replaceArray(c, new RiskArray(losses));
                }
                PositionBook positions = house.positions;
                for (int slot = 0; slot < positions.count(); slot++) {
                    house.margin.update(positions.account(slot), positions.instrument(slot), 0, 0, 0,
                            positions.net(slot), positions.buying(slot), positions.selling(slot));
                }
                int accounts = count(in, "requirements");
                if (accounts != house.accounts.count()) {
                    throw new IllegalArgumentException(accounts + " requirements for " + house.accounts.count() + " accounts");
                }
                for (int a = 0; a < accounts; a++) {
                    long maintenance = in.readLong();
                    long initial = in.readLong();
                    if (maintenance != house.margin.maintenance(a) || initial != house.margin.initial(a)) {
                        throw new IllegalArgumentException("account " + house.accounts.id(a) + ": the positions need "
                                + house.margin.maintenance(a) + " maintenance and " + house.margin.initial(a)
                                + " initial margin but the snapshot holds " + maintenance + " and " + initial);
                    }
                }
            }
        },
        /** The spot indices: trades pending, history and the running hash of the fixings. */
        INDICES {
            @Override
            void write(ClearingHouse house, DataOutput out) throws IOException {
                house.indices.writeSnapshot(out);
            }

            @Override
            void read(ClearingHouse house, DataInput in) throws IOException {
                house.indices.readSnapshot(in);
            }
        },
        /**
         * The pre-trade limits: per account its limits, gross lots (checked against the positions)
         * and initial margin, per firm its credit limit and initial margin (checked against its
         * accounts'), per contract the collar's reference.
         */
        LIMITS {
            @Override
            void write(ClearingHouse house, DataOutput out) throws IOException {
                house.limits.writeSnapshot(out, house.accounts.count(), house.accounts.firmCount(),
                        house.contracts.count());
            }

            @Override
            void read(ClearingHouse house, DataInput in) throws IOException {
                AccountRegistry accounts = house.accounts;
                PositionBook positions = house.positions;
                long[] gross = new long[accounts.count()];
                for (int slot = 0; slot < positions.count(); slot++) {
                    gross[positions.account(slot)] += RiskLimits.worst(positions.net(slot), positions.buying(slot),
                            positions.selling(slot));
                }
                int[] firmOf = new int[accounts.count()];
                for (int a = 1; a < firmOf.length; a++) {
                    firmOf[a] = accounts.firmOf(a);
                }
                house.limits.readSnapshot(in, accounts.count(), accounts.firmCount(), house.contracts.count(), gross,
                        firmOf);
            }
        },
        /** Spot risk: the working spot buys' reservations, the cash held for undelivered purchases, the providers' capacity. */
        SPOT {
            @Override
            void write(ClearingHouse house, DataOutput out) throws IOException {
                house.spot.writeSnapshot(out, house.accounts.count());
            }

            @Override
            void read(ClearingHouse house, DataInput in) throws IOException {
                house.spot.readSnapshot(in, house.accounts.count());
            }
        },
        /** Delivery terms, every delivery obligation with its progress, energy by account, each contract's cut and spot day. */
        DELIVERIES {
            @Override
            void write(ClearingHouse house, DataOutput out) throws IOException {
                house.deliveries.writeSnapshot(out);
            }

            @Override
            void read(ClearingHouse house, DataInput in) throws IOException {
                house.deliveries.readSnapshot(in, house.accounts.count(), house.contracts.count());
            }
        },
        /** Margin calls, defaults and default-fund contributions per account, with the last ids. */
        DEFAULTS {
            @Override
            void write(ClearingHouse house, DataOutput out) throws IOException {
                house.defaults.writeSnapshot(out);
            }

            @Override
            void read(ClearingHouse house, DataInput in) throws IOException {
                house.defaults.readSnapshot(in, house.accounts.count());
            }
        },
        /** Insurance policies with what they paid, and the outage and claim counters. */
        INSURANCE {
            @Override
            void write(ClearingHouse house, DataOutput out) throws IOException {
                house.insurance.writeSnapshot(out);
            }

            @Override
            void read(ClearingHouse house, DataInput in) throws IOException {
                house.insurance.readSnapshot(in);
            }
        };

        abstract void write(ClearingHouse house, DataOutput out) throws IOException;

        /** Reads the part into a house that holds the parts before it; refuses what does not fit. */
        abstract void read(ClearingHouse house, DataInput in) throws IOException;

        String partName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Each part after its name and length: the part is written once to be counted and again into {@code out}, no
     * copy of it kept (a member's clearing section was 20 MB after 3,000,000 commands, most of it one part, and
     * the buffer it grew through 68 MB of garbage a snapshot: docs/BENCHMARKS.md, "Aeron Cluster", cluster16k).
     */
    static void write(ClearingHouse house, DataOutput out) throws IOException {
        SnapshotOutput counted = new SnapshotOutput(1 << 16, (bytes, offset, length) -> { });
        for (Part p : Part.values()) {
            counted.reset();
            p.write(house, counted);
            counted.flush();
            out.writeUTF(p.partName());
            out.writeInt(counted.size());
            p.write(house, out);
        }
    }

    static ClearingHouse restore(ClearingHouse setup, ClearingEvents events, byte[] section) {
        ClearingHouse house = relisted(setup, events);
        SnapshotInput in = new SnapshotInput(section);
        for (Part part : Part.values()) {
            SnapshotInput partIn = partBytes(in, part.partName());
            try {
                part.read(house, partIn);
            } catch (EOFException e) {
                throw new IllegalArgumentException("clearing " + part.partName() + ": ends early", e);
            } catch (IOException e) {
                throw new IllegalStateException("a byte array cannot fail to read", e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("clearing " + part.partName() + ": " + e.getMessage(), e);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("clearing " + part.partName() + ": not a sound state: "
                        + e.getMessage(), e);
            }
            if (partIn.remaining() != 0) {
                throw new IllegalArgumentException("clearing " + part.partName() + ": " + partIn.remaining()
                        + " bytes follow its state");
            }
        }
        if (in.remaining() != 0) {
            throw new IllegalArgumentException("clearing: " + in.remaining() + " bytes follow the last part");
        }
        return house;
    }

    private static SnapshotInput partBytes(SnapshotInput in, String expected) {
        try {
            String name = in.readUTF();
            if (!name.equals(expected)) {
                throw new IllegalArgumentException("clearing: part " + name + " where " + expected + " comes");
            }
            int length = in.readInt();
            if (length < 0 || length > in.remaining()) {
                throw new IllegalArgumentException("clearing " + name + ": length " + length + " where "
                        + in.remaining() + " bytes remain");
            }
            return in.part(length);
        } catch (EOFException e) {
            throw new IllegalArgumentException("clearing: ends before part " + expected, e);
        } catch (UTFDataFormatException e) {
            throw new IllegalArgumentException("clearing: the name of part " + expected + " is not modified UTF-8", e);
        } catch (IOException e) {
            throw new IllegalStateException("a byte array cannot fail to read", e);
        }
    }

    /**
     * A house with {@code setup}'s rules (its default rules included) and reference data and nothing else: its fee rates (the
     * fees part puts back the rates in force), combined commodities, spreads and contracts with
     * their risk arrays (the margin part puts back the ones in force), publishing to {@code events}.
     */
    private static ClearingHouse relisted(ClearingHouse setup, ClearingEvents events) {
        ClearingHouse house = new ClearingHouse(setup.rules, setup.defaults.rules(), events);
        for (int p = 0; p < setup.fees.count(); p++) {
            house.fees.set(setup.fees.code(p), setup.fees.rate(p));
        }
        for (CombinedCommodity commodity : setup.margin.commodities()) {
            house.margin.defineCommodity(commodity);
        }
        for (InterCommoditySpread spread : setup.margin.spreads()) {
            house.margin.defineSpread(spread);
        }
        for (int c = 0; c < setup.contracts.count(); c++) {
            ClearingOutcome listed = house.listContract(Long.MIN_VALUE, setup.contracts.get(c).spec,
                    setup.margin.commodityOf(c), setup.margin.tierOf(c), setup.margin.array(c));
            if (!listed.accepted()) {
                throw new IllegalStateException("the setup's own contract is refused: " + listed.message());
            }
        }
        return house;
    }
}
