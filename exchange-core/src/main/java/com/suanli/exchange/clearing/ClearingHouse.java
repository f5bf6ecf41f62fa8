package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.delivery.Delivery;
import com.suanli.exchange.delivery.DeliveryBook;
import com.suanli.exchange.delivery.EnergyStatement;
import com.suanli.exchange.defaults.DefaultDesk;
import com.suanli.exchange.defaults.DefaultRules;
import com.suanli.exchange.defaults.MemberBooks;
import com.suanli.exchange.engine.StateHash;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.engine.event.SettlementMethod;
import com.suanli.exchange.index.IndexFixing;
import com.suanli.exchange.index.SpotIndexBook;
import com.suanli.exchange.index.SpotIndexValue;
import com.suanli.exchange.insurance.InsuranceDesk;
import com.suanli.exchange.insurance.Policy;
import com.suanli.exchange.insurance.PolicyTerms;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import com.suanli.exchange.margin.CombinedCommodity;
import com.suanli.exchange.margin.InterCommoditySpread;
import com.suanli.exchange.margin.PortfolioMargin;
import com.suanli.exchange.margin.RiskArray;
import com.suanli.exchange.settlement.ClosingWindow;
import com.suanli.exchange.settlement.SettlementPrice;
import com.suanli.exchange.settlement.VariationMargin;

import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static com.suanli.exchange.clearing.ClearingOutcome.reject;
import static com.suanli.exchange.engine.event.RejectReason.ACCOUNT_CANNOT_TRADE;
import static com.suanli.exchange.engine.event.RejectReason.ACCOUNT_IN_DEFAULT;
import static com.suanli.exchange.engine.event.RejectReason.ACCOUNT_KIND_NOT_ALLOWED;
import static com.suanli.exchange.engine.event.RejectReason.AMOUNT_NOT_POSITIVE;
import static com.suanli.exchange.engine.event.RejectReason.DAY_ALREADY_PUBLISHED;
import static com.suanli.exchange.engine.event.RejectReason.DAY_ALREADY_SETTLED;
import static com.suanli.exchange.engine.event.RejectReason.DAY_NOT_PUBLISHED;
import static com.suanli.exchange.engine.event.RejectReason.DUPLICATE_ACCOUNT;
import static com.suanli.exchange.engine.event.RejectReason.DUPLICATE_COMMODITY;
import static com.suanli.exchange.engine.event.RejectReason.DUPLICATE_FIRM;
import static com.suanli.exchange.engine.event.RejectReason.DUPLICATE_INSTRUMENT;
import static com.suanli.exchange.engine.event.RejectReason.FIELD_INVALID;
import static com.suanli.exchange.engine.event.RejectReason.HOUSE_ACCOUNT_EXISTS;
import static com.suanli.exchange.engine.event.RejectReason.HOUSE_ACCOUNT_MISSING;
import static com.suanli.exchange.engine.event.RejectReason.INSUFFICIENT_FREE_CASH;
import static com.suanli.exchange.engine.event.RejectReason.INSUFFICIENT_MARGIN;
import static com.suanli.exchange.engine.event.RejectReason.NOT_A_FUTURE;
import static com.suanli.exchange.engine.event.RejectReason.NOT_ENOUGH_WORKING;
import static com.suanli.exchange.engine.event.RejectReason.NO_FEE_RATE;
import static com.suanli.exchange.engine.event.RejectReason.OPERATOR_PRICE_REQUIRED;
import static com.suanli.exchange.engine.event.RejectReason.POSITION_LIMIT;
import static com.suanli.exchange.engine.event.RejectReason.TIMESTAMP_BEFORE_CLEARING_TIME;
import static com.suanli.exchange.engine.event.RejectReason.UNKNOWN_ACCOUNT;
import static com.suanli.exchange.engine.event.RejectReason.UNKNOWN_COMMODITY;
import static com.suanli.exchange.engine.event.RejectReason.UNKNOWN_FIRM;
import static com.suanli.exchange.engine.event.RejectReason.UNKNOWN_INDEX;
import static com.suanli.exchange.engine.event.RejectReason.UNKNOWN_INSTRUMENT;

/**
 * The clearing house: one deterministic state machine, owned by the sequencer beside the
 * matching engine, that holds firms and accounts, the cash ledger, positions, fees, portfolio
 * margin, settlement prices and the spot indices. Every command takes the time it happens (time
 * never goes backwards) and is applied whole or refused whole ({@link ClearingOutcome}); every
 * movement of cash or position, every margin change and every published price goes out through
 * {@link ClearingEvents} as it happens. Money is {@code long} fen (CNY minor units), prices
 * {@code long} ticks, quantities {@code long} lots; all arithmetic is checked, and the bounds
 * below keep a single command's arithmetic within a {@code long}.
 *
 * <p>The life of an order, as the sequencer will drive it: {@link #checkOrder} before the engine
 * accepts it (initial margin, working orders included, after it would fill, against cash);
 * {@link #orderWorking} once accepted; {@link #clearTrade} for each fill, which turns working
 * lots of both orders into position; {@link #orderReduced} when the rest is cancelled or
 * reduced. Nothing here allocates per trade once the accounts, contracts and positions exist.
 *
 * <p>At the end of a contract's life {@link #expire} closes every position at its final price and
 * turns physical ones into deliveries, which {@link #reportDelivery} pays and penalises; the
 * rules and amounts are {@link com.suanli.exchange.delivery}'s, applied by {@link ExpiryDesk}.
 */
public final class ClearingHouse {

    /** The most lots one account may hold or have working on one side in one contract, and the largest trade. */
    public static final long MAX_LOTS = 1L << 24;
    /** The largest deposit or withdrawal, fen (about 11 trillion CNY). */
    public static final long MAX_AMOUNT = 1L << 50;
    /** The highest price, ticks (as a book's price ladder holds). */
    public static final long MAX_PRICE = 1L << 22;
    /** The largest tick value, fen per tick per lot (655 CNY). */
    public static final long MAX_TICK_VALUE = 1L << 16;
    /** No {@link #positionHandle}: the position is found by account and contract. */
    public static final int NO_POSITION = -1;

    // Package-private for ClearingSnapshot, which writes and restores them.
    final ClearingRules rules;
    private final ClearingEvents events;
    final AccountRegistry accounts = new AccountRegistry();
    final CashLedger ledger;
    final FeeSchedule fees = new FeeSchedule();
    final ClearedContracts contracts = new ClearedContracts();
    final PositionBook positions = new PositionBook();
    final PortfolioMargin margin;
    final SpotIndexBook indices;
    final RiskLimits limits = new RiskLimits();
    final SpotRisk spot = new SpotRisk(contracts, positions);
    final DeliveryBook deliveries = new DeliveryBook();
    final ExpiryDesk expiry;
    final DefaultDesk defaults;
    final InsuranceDesk insurance;
    long lastSettlementId;
    long now = Long.MIN_VALUE;
    private long[] marginBefore = new long[64];
    private final ClearingReadAhead readAhead;

    public ClearingHouse(ClearingRules rules, ClearingEvents events) {
        this(rules, DefaultRules.STANDARD, events);
    }

    /** A clearing house whose margin calls and close-outs follow {@code defaultRules} (docs/CLEARING.md, "Margin calls"). */
    public ClearingHouse(ClearingRules rules, DefaultRules defaultRules, ClearingEvents events) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.events = Objects.requireNonNull(events, "events");
        this.ledger = new CashLedger(accounts, events);
        this.margin = new PortfolioMargin(rules.initialMarginBps());
        this.indices = new SpotIndexBook(rules.index());
        this.expiry = new ExpiryDesk(this, accounts, ledger, contracts, positions, indices, deliveries, events);
        this.defaults = new DefaultDesk(defaultRules, new Books(), events);
        this.insurance = new InsuranceDesk(new InsuredBooks(this), events);
        this.readAhead = new ClearingReadAhead(this);
    }

    // ---- firms and accounts ----

    public ClearingOutcome registerFirm(long timestamp, long firmId, String name) {
        if (timestamp < now) {
            return late(timestamp);
        }
        if (firmId <= 0) {
            return reject(FIELD_INVALID, "firmId: must be > 0, was " + firmId);
        }
        if (name == null || name.isBlank()) {
            return reject(FIELD_INVALID, "name: must not be blank (firm " + firmId + ")");
        }
        if (accounts.firm(firmId) != AccountRegistry.NONE) {
            return reject(DUPLICATE_FIRM, "firmId: firm " + firmId + " is already registered");
        }
        accounts.addFirm(firmId, name);
        now = timestamp;
        events.firmRegistered(timestamp, firmId, name);
        return ClearingOutcome.ACCEPTED;
    }

    /**
     * Opens an account under a firm. The exchange's own accounts (fee, default fund, capital,
     * settlement) are one of each kind.
     */
    public ClearingOutcome openAccount(long timestamp, long account, long firmId, AccountKind kind) {
        if (timestamp < now) {
            return late(timestamp);
        }
        if (account <= 0) {
            return reject(FIELD_INVALID, "account: must be > 0, was " + account);
        }
        if (kind == null) {
            return reject(FIELD_INVALID, "kind: must be given (account " + account + ")");
        }
        if (accounts.account(account) != AccountRegistry.NONE) {
            return reject(DUPLICATE_ACCOUNT, "account: " + account + " is already open");
        }
        int firm = accounts.firm(firmId);
        if (firm == AccountRegistry.NONE) {
            return reject(UNKNOWN_FIRM, "firmId: no firm " + firmId + " (account " + account + ")");
        }
        if (!kind.trades() && accounts.house(kind) != AccountRegistry.NONE) {
            return reject(HOUSE_ACCOUNT_EXISTS, "kind: the " + kind + " account is already open as account "
                    + accounts.id(accounts.house(kind)));
        }
        int index = accounts.open(account, firm, kind);
        ledger.opened(index);
        now = timestamp;
        events.accountOpened(timestamp, account, firmId, kind);
        return ClearingOutcome.ACCEPTED;
    }

    // ---- cash ----

    /** Cash in from outside the exchange; {@code reference} is the operator's (a bank transfer number). */
    public ClearingOutcome deposit(long timestamp, long account, long amount, long reference) {
        ClearingOutcome refused = checkCashCommand(timestamp, account, amount, "deposit");
        if (refused != null) {
            return refused;
        }
        ledger.post(timestamp, CashReason.DEPOSIT, reference, AccountRegistry.OUTSIDE, accounts.account(account), amount);
        defaults.deposited(timestamp, accounts.account(account));
        now = timestamp;
        return ClearingOutcome.ACCEPTED;
    }

    /** Cash out of the exchange, at most the free cash: cash less the initial margin the account needs. */
    public ClearingOutcome withdraw(long timestamp, long account, long amount, long reference) {
        ClearingOutcome refused = checkCashCommand(timestamp, account, amount, "withdrawal");
        if (refused != null) {
            return refused;
        }
        int index = accounts.account(account);
        if (defaults.defaultId(index) != 0) {
            return inDefault(account, "withdraw");
        }
        long free = freeCash(index);
        if (amount > free) {
            return reject(INSUFFICIENT_FREE_CASH, "amount: " + cny(amount) + " exceeds the free cash " + cny(free)
                    + " of account " + account + " (cash " + cny(ledger.balance(index)) + ", initial margin "
                    + cny(margin.initial(index)) + ", held for spot " + cny(spot.committed(index)) + ")");
        }
        ledger.post(timestamp, CashReason.WITHDRAWAL, reference, index, AccountRegistry.OUTSIDE, amount);
        now = timestamp;
        return ClearingOutcome.ACCEPTED;
    }

    /**
     * Moves {@code amount} fen of a member's free cash into the default fund as its contribution
     * (docs/CLEARING.md, "Default waterfall").
     */
    public ClearingOutcome contributeDefaultFund(long timestamp, long account, long amount, long reference) {
        ClearingOutcome refused = checkCashCommand(timestamp, account, amount, "default-fund contribution");
        if (refused != null) {
            return refused;
        }
        int index = accounts.account(account);
        if (!accounts.kind(index).trades()) {
            return reject(ACCOUNT_KIND_NOT_ALLOWED, "account: " + account + " is the exchange's " + accounts.kind(index)
                    + " account; only members contribute to the default fund");
        }
        if (accounts.house(AccountKind.DEFAULT_FUND) == AccountRegistry.NONE) {
            return reject(HOUSE_ACCOUNT_MISSING, "no DEFAULT_FUND account is open to take the contribution of account "
                    + account);
        }
        if (defaults.defaultId(index) != 0) {
            return inDefault(account, "contribute to the default fund");
        }
        long free = freeCash(index);
        if (amount > free) {
            return reject(INSUFFICIENT_FREE_CASH, "amount: " + cny(amount) + " exceeds the free cash " + cny(free)
                    + " of account " + account + " (default-fund contribution)");
        }
        defaults.contribute(timestamp, index, amount, reference);
        now = timestamp;
        return ClearingOutcome.ACCEPTED;
    }

    private ClearingOutcome inDefault(long account, String what) {
        return reject(ACCOUNT_IN_DEFAULT, "account: " + account + " is in default (default "
                + defaults.defaultId(accounts.account(account)) + "), it may not " + what + " until it is resolved");
    }

    private ClearingOutcome checkCashCommand(long timestamp, long account, long amount, String what) {
        if (timestamp < now) {
            return late(timestamp);
        }
        int index = accounts.account(account);
        if (index == AccountRegistry.NONE) {
            return reject(UNKNOWN_ACCOUNT, "account: no account " + account + " (" + what + ")");
        }
        if (accounts.kind(index) == AccountKind.SETTLEMENT) {
            return reject(ACCOUNT_KIND_NOT_ALLOWED, "account: " + account
                    + " is the settlement pass-through, which takes no " + what);
        }
        if (amount <= 0) {
            return reject(AMOUNT_NOT_POSITIVE, "amount: a " + what + " must be > 0 fen, was " + amount + " (account "
                    + account + ")");
        }
        if (amount > MAX_AMOUNT) {
            return reject(FIELD_INVALID, "amount: a " + what + " must be at most " + MAX_AMOUNT + " fen, was " + amount
                    + " (account " + account + ")");
        }
        return null;
    }

    // ---- listing and risk parameters ----

    /** Sets a product's fee rate; it applies to the trades after. */
    public ClearingOutcome setFees(long timestamp, String productCode, FeeRate rate) {
        if (timestamp < now) {
            return late(timestamp);
        }
        if (productCode == null || productCode.isBlank() || rate == null) {
            return reject(FIELD_INVALID, "productCode, rate: must be given, were " + productCode + ", " + rate);
        }
        fees.set(productCode, rate);
        now = timestamp;
        return ClearingOutcome.ACCEPTED;
    }

    public ClearingOutcome defineCommodity(long timestamp, CombinedCommodity commodity) {
        if (timestamp < now) {
            return late(timestamp);
        }
        if (commodity == null) {
            return reject(FIELD_INVALID, "commodity: must be given");
        }
        if (margin.hasCommodity(commodity.code())) {
            return reject(DUPLICATE_COMMODITY, "code: combined commodity " + commodity.code() + " is already defined");
        }
        margin.defineCommodity(commodity);
        now = timestamp;
        return ClearingOutcome.ACCEPTED;
    }

    /** Adds an inter-commodity credit, of lower priority than those before; every account's credits are redone. */
    public ClearingOutcome defineSpread(long timestamp, InterCommoditySpread spread) {
        if (timestamp < now) {
            return late(timestamp);
        }
        if (spread == null) {
            return reject(FIELD_INVALID, "spread: must be given");
        }
        for (String leg : List.of(spread.legA(), spread.legB())) {
            if (!margin.hasCommodity(leg)) {
                return reject(UNKNOWN_COMMODITY, "legA, legB: no combined commodity " + leg);
            }
        }
        margin.defineSpread(spread);
        for (int index = 1; index < accounts.count(); index++) {
            long before = margin.maintenance(index);
            margin.refreshCredits(index);
            publishMarginIfChanged(timestamp, index, before);
        }
        now = timestamp;
        return ClearingOutcome.ACCEPTED;
    }

    /**
     * Lists a contract for clearing in a combined commodity and tier, with its first risk array.
     * Its product's fees must be set. A standard (not green) spot contract feeds the spot index
     * of its product and hub, which starts from the contract's reference price.
     */
    public ClearingOutcome listContract(long timestamp, ContractSpec spec, String commodity, int tier,
                                        RiskArray riskArray) {
        if (timestamp < now) {
            return late(timestamp);
        }
        if (spec == null || commodity == null || riskArray == null) {
            return reject(FIELD_INVALID, "spec, commodity, riskArray: must be given");
        }
        String symbol = spec.symbol();
        if (contracts.index(spec.instrumentId()) != ClearedContracts.NONE) {
            return reject(DUPLICATE_INSTRUMENT, "instrumentId: " + spec.instrumentId() + " is already listed (" + symbol
                    + ")");
        }
        int product = fees.product(spec.product().code());
        if (product == FeeSchedule.NONE) {
            return reject(NO_FEE_RATE, "product: no fee rate for " + spec.product().code() + " (" + symbol + ")");
        }
        if (!margin.hasCommodity(commodity)) {
            return reject(UNKNOWN_COMMODITY, "commodity: no combined commodity " + commodity + " (" + symbol + ")");
        }
        int tiers = margin.tiers(commodity);
        if (tier < 0 || tier >= tiers) {
            return reject(FIELD_INVALID, "tier: must be 0 to " + (tiers - 1) + " in " + commodity + ", was " + tier
                    + " (" + symbol + ")");
        }
        long tickValue = spec.tickValueFen();
        if (tickValue < 1 || tickValue > MAX_TICK_VALUE) {
            return reject(FIELD_INVALID, "tickSize: " + spec.contractSize() + " units x " + spec.tickSize().toPlainString()
                    + " CNY must be a whole number of fen from 1 to " + MAX_TICK_VALUE + " per lot (" + symbol + ")");
        }
        if (spec.referencePriceTicks() > MAX_PRICE) {
            return reject(FIELD_INVALID, "referencePriceTicks: must be at most " + MAX_PRICE + ", was "
                    + spec.referencePriceTicks() + " (" + symbol + ")");
        }
        int indexKey = SpotIndexBook.NO_INDEX;
        if (spec.kind() == ContractKind.SPOT && !spec.green()) {
            indexKey = indices.key(spec.product().code(), spec.hub());
            if (indexKey == SpotIndexBook.NO_INDEX) {
                indexKey = indices.add(spec.product().code(), spec.hub(), spec.referencePriceTicks());
            }
        }
        ClosingWindow window = spec.kind() == ContractKind.FUTURE
                ? new ClosingWindow(rules.settlement().closingWindowMillis()) : null;
        int index = contracts.add(new ClearedContracts.Contract(spec, tickValue, product, indexKey, window));
        margin.addInstrument(index, commodity, tier, riskArray);
        spot.listed(index, spec);
        now = timestamp;
        return ClearingOutcome.ACCEPTED;
    }

    /**
     * Loads a contract's new risk array (the {@code pricing} module computes them at each
     * settlement): every holder's scenario sums are rebuilt with it, and their margin republished
     * where it changed. The cost follows the contract's positions, not the whole market's.
     */
    public ClearingOutcome loadRiskArray(long timestamp, int instrumentId, RiskArray riskArray) {
        if (timestamp < now) {
            return late(timestamp);
        }
        int index = contracts.index(instrumentId);
        if (index == ClearedContracts.NONE) {
            return reject(UNKNOWN_INSTRUMENT, "instrumentId: " + instrumentId + " is not listed for clearing");
        }
        if (riskArray == null) {
            return reject(FIELD_INVALID, "riskArray: must be given (instrument " + instrumentId + ")");
        }
        int holders = 0;
        for (int slot = positions.first(index); slot != PositionBook.NONE; slot = positions.next(slot)) {
            int account = positions.account(slot);
            if (holders == marginBefore.length) {
                marginBefore = Arrays.copyOf(marginBefore, holders * 2);
            }
            marginBefore[holders++] = margin.maintenance(account);
            margin.update(account, index, positions.net(slot), positions.buying(slot), positions.selling(slot), 0, 0, 0);
        }
        margin.replaceArray(index, riskArray);
        holders = 0;
        for (int slot = positions.first(index); slot != PositionBook.NONE; slot = positions.next(slot)) {
            int account = positions.account(slot);
            margin.update(account, index, 0, 0, 0, positions.net(slot), positions.buying(slot), positions.selling(slot));
            publishMarginIfChanged(timestamp, account, marginBefore[holders++]);
        }
        now = timestamp;
        return ClearingOutcome.ACCEPTED;
    }

    // ---- orders and trades ----

    /**
     * What reads ahead, for a batch of orders about to come, the clearing state they will read
     * (a sequencer's batch: {@link ClearingReadAhead}); nothing changes through it.
     */
    public ClearingReadAhead readAhead() {
        return readAhead;
    }

    /**
     * A capacity hint: makes room in the futures contract's closing window for {@code trades}
     * trades now, so that the trading that fills it allocates nothing. Changes no state; does
     * nothing for a contract that is not a cleared future.
     */
    public void reserveClosingWindow(int instrumentId, int trades) {
        int contract = contracts.index(instrumentId);
        if (contract != ClearedContracts.NONE && contracts.get(contract).window != null) {
            contracts.get(contract).window.reserve(trades);
        }
    }

    /**
     * The pre-trade margin check (a query, nothing changes): would {@code account} still cover its
     * initial margin with cash if {@code lots} more were working on {@code side} of the contract?
     * Working orders count in their worst case, so this is its margin after the order fills,
     * whichever way its other orders fill.
     */
    public ClearingOutcome checkOrder(long account, int instrumentId, Side side, long lots) {
        int index = accounts.account(account);
        int contract = contracts.index(instrumentId);
        ClearingOutcome refused = checkOrderFields(index, account, contract, instrumentId, side, lots);
        if (refused != null) {
            return refused;
        }
        return checkWorkingChange(account, index, contract, instrumentId, side == Side.BID ? lots : 0,
                side == Side.ASK ? lots : 0, "order");
    }

    /**
     * The pre-trade check of a market maker's quote replacing its quote on the contract, as one
     * change of its two-sided exposure (a query, nothing changes): {@code moreBuys} and
     * {@code moreSells} are each new side's lots (0 for a side not quoted) less the open lots of
     * the side it replaces, negative when fewer. The position limits, margin against cash and the
     * firm's credit limit are judged with both new sides working, so two sides each within a limit
     * cannot take the account past it together.
     */
    public ClearingOutcome checkQuote(long account, int instrumentId, long moreBuys, long moreSells) {
        int index = accounts.account(account);
        int contract = contracts.index(instrumentId);
        ClearingOutcome refused = checkOrderFields(index, account, contract, instrumentId, Side.BID, 1);
        if (refused != null) {
            return refused;
        }
        if (Math.abs(moreBuys) > MAX_LOTS || Math.abs(moreSells) > MAX_LOTS) {
            return reject(FIELD_INVALID, "moreBuys, moreSells: must be -" + MAX_LOTS + " to " + MAX_LOTS + ", were "
                    + moreBuys + ", " + moreSells + " (account " + account + ")");
        }
        return checkWorkingChange(account, index, contract, instrumentId, moreBuys, moreSells, "quote");
    }

    /**
     * The account's working lots in the contract changing by {@code moreBuys} and {@code moreSells}
     * (fields checked): the position limits, initial margin against cash, the firm's credit limit.
     */
    private ClearingOutcome checkWorkingChange(long account, int index, int contract, int instrumentId, long moreBuys,
                                               long moreSells, String what) {
        readMarginAhead(index, contract);
        int slot = positions.find(index, contract);
        long net = slot == PositionBook.NONE ? 0 : positions.net(slot);
        long buying = slot == PositionBook.NONE ? 0 : positions.buying(slot);
        long selling = slot == PositionBook.NONE ? 0 : positions.selling(slot);
        if (buying + moreBuys > MAX_LOTS || selling + moreSells > MAX_LOTS) {
            return tooManyWorking(account, instrumentId, Math.max(moreBuys, moreSells));
        }
        if (buying + moreBuys < 0 || selling + moreSells < 0) {
            return reject(NOT_ENOUGH_WORKING, "moreBuys, moreSells: account " + account + " has " + buying
                    + " lots working to buy and " + selling + " to sell on instrument " + instrumentId
                    + ", cannot change them by " + moreBuys + " and " + moreSells);
        }
        String symbol = contracts.get(contract).spec.symbol();
        ClearingOutcome refused = limits.checkExposure(account, index, symbol, net, buying, selling, moreBuys, moreSells);
        if (refused != null) {
            return refused;
        }
        long cash = ledger.balance(index);
        if (moreBuys >= 0 && moreSells >= 0 && !limits.anyCreditLimit()) {
            // A bound of the requirement from the account's totals: when it fits the cash, the exact what-if
            // would too, and only the credit limit (none here) reads the exact figure.
            long lotsAfter = limits.gross(index) - RiskLimits.worst(net, buying, selling)
                    + RiskLimits.worst(net, buying + moreBuys, selling + moreSells);
            if (margin.initialIfWorkingBound(index, contract, moreBuys + moreSells, lotsAfter) <= cash) {
                return ClearingOutcome.ACCEPTED;
            }
        }
        long needed = margin.initialIfWorking(index, contract, net, buying, selling, moreBuys, moreSells);
        if (needed > cash) {
            return reject(INSUFFICIENT_MARGIN, "lots: account " + account + " would need initial margin " + cny(needed)
                    + " with " + RiskLimits.lotsMore(moreBuys, moreSells) + " lots working on instrument "
                    + instrumentId + ", and has cash " + cny(cash));
        }
        if (limits.anyCreditLimit()) {
            int firm = accounts.firmOf(index);
            refused = limits.checkCredit(account, index, firm, accounts.firmId(firm), needed, what);
        }
        return refused != null ? refused : ClearingOutcome.ACCEPTED;
    }

    /** An order of the account was accepted: {@code lots} more working on {@code side}. */
    public ClearingOutcome orderWorking(long timestamp, long account, int instrumentId, Side side, long lots) {
        return changeWorking(timestamp, account, instrumentId, side, lots, true, NO_POSITION);
    }

    /** An order of the account lost {@code lots} of its working quantity without trading (cancelled, reduced, expired). */
    public ClearingOutcome orderReduced(long timestamp, long account, int instrumentId, Side side, long lots) {
        return orderReduced(timestamp, account, instrumentId, side, lots, NO_POSITION);
    }

    /**
     * As {@link #orderReduced(long, long, int, Side, long)}, with the {@link #positionHandle} the
     * order was given when it was accepted (or {@link #NO_POSITION}): a handle that is not the
     * account's position in the contract is ignored, the position then found by its keys.
     */
    public ClearingOutcome orderReduced(long timestamp, long account, int instrumentId, Side side, long lots,
                                        int position) {
        return changeWorking(timestamp, account, instrumentId, side, lots, false, position);
    }

    /**
     * The account's position in the contract as a handle the engine may keep on an order and
     * hand back with its fills and reductions, so that they skip the lookups by account and
     * contract (a cache: never state); {@link #NO_POSITION} when the account holds none.
     */
    public int positionHandle(long account, int instrumentId) {
        int index = accounts.account(account);
        int contract = contracts.index(instrumentId);
        return index == AccountRegistry.NONE || contract == ClearedContracts.NONE ? NO_POSITION
                : positions.find(index, contract);
    }

    /**
     * Reads the account's margin book and its slot for the contract before they are needed
     * ({@link ClearingReadAhead#margin}), so that their cache misses overlap the position's
     * instead of following it, and the two sides' of a trade overlap each other's.
     */
    private void readMarginAhead(int index, int contract) {
        readAhead.margin(index, contract);
    }

    /** The account's index: read from its position slot {@code hint} when that is its slot in the contract, else found. */
    private int accountIndex(long account, int contract, int hint) {
        int index = positions.accountIfOf(hint, contract);
        return index != AccountRegistry.NONE && accounts.id(index) == account ? index : accounts.account(account);
    }

    /** The position slot of (account index, contract): {@code hint} when it is that slot, else found. */
    private int positionSlot(int index, int contract, int hint) {
        return index != AccountRegistry.NONE && positions.accountIfOf(hint, contract) == index ? hint
                : positions.find(index, contract);
    }

    private ClearingOutcome changeWorking(long timestamp, long account, int instrumentId, Side side, long lots,
                                          boolean more, int hint) {
        if (timestamp < now) {
            return late(timestamp);
        }
        int contract = contracts.index(instrumentId);
        int index = accountIndex(account, contract, hint);
        ClearingOutcome refused = checkOrderFields(index, account, contract, instrumentId, side, lots);
        if (refused != null) {
            return refused;
        }
        readMarginAhead(index, contract);
        int slot = positionSlot(index, contract, hint);
        long working = slot == PositionBook.NONE ? 0 : side == Side.BID ? positions.buying(slot) : positions.selling(slot);
        if (more && working + lots > MAX_LOTS) {
            return tooManyWorking(account, instrumentId, lots);
        }
        if (!more && lots > working) {
            return reject(NOT_ENOUGH_WORKING, "lots: account " + account + " has " + working + " lots working on the "
                    + side + " side of instrument " + instrumentId + ", cannot reduce by " + lots);
        }
        if (slot == PositionBook.NONE) {
            slot = positions.create(index, contract);
        }
        long net = positions.net(slot);
        long buying = positions.buying(slot);
        long selling = positions.selling(slot);
        positions.addWorking(slot, side == Side.BID, more ? lots : -lots);
        updateMargin(timestamp, index, contract, slot, net, buying, selling);
        now = timestamp;
        return ClearingOutcome.ACCEPTED;
    }

    private static ClearingOutcome tooManyWorking(long account, int instrumentId, long lots) {
        return reject(POSITION_LIMIT, "lots: " + lots + " more would put more than " + MAX_LOTS
                + " lots working on one side (account " + account + ", instrument " + instrumentId + ")");
    }

    private ClearingOutcome checkOrderFields(int index, long account, int contract, int instrumentId, Side side,
                                             long lots) {
        if (index == AccountRegistry.NONE) {
            return reject(UNKNOWN_ACCOUNT, "account: no account " + account);
        }
        if (!accounts.kind(index).trades()) {
            return reject(ACCOUNT_CANNOT_TRADE, "account: " + account + " is the exchange's " + accounts.kind(index)
                    + " account, which does not trade");
        }
        if (contract == ClearedContracts.NONE) {
            return reject(UNKNOWN_INSTRUMENT, "instrumentId: " + instrumentId + " is not listed for clearing");
        }
        if (side == null) {
            return reject(FIELD_INVALID, "side: must be given (account " + account + ")");
        }
        if (lots <= 0 || lots > MAX_LOTS) {
            return reject(FIELD_INVALID, "lots: must be 1 to " + MAX_LOTS + ", was " + lots + " (account " + account + ")");
        }
        return null;
    }

    /**
     * Clears a trade between two working orders: {@code quantity} lots at {@code price} ticks,
     * bought by {@code buyAccount}, sold by {@code sellAccount}. Both positions change (average
     * cost, realised P&amp;L), the traded lots leave both orders' working quantities, the maker
     * and taker fees of the product go to the fee account (a maker's rebate comes from it), both
     * accounts' margin is updated, and the trade joins the contract's closing window or its spot
     * index (unless the account traded with itself). Nothing allocates once both positions exist.
     */
    public ClearingOutcome clearTrade(long timestamp, long tradeId, int instrumentId, long price, long quantity,
                                      long buyAccount, long sellAccount, Aggressor aggressor) {
        return clearTrade(timestamp, tradeId, instrumentId, price, quantity, buyAccount, sellAccount, aggressor,
                NO_POSITION, NO_POSITION);
    }

    /**
     * As {@link #clearTrade(long, long, int, long, long, long, long, Aggressor)}, with the
     * {@link #positionHandle}s the two orders were given when accepted (or {@link #NO_POSITION});
     * a handle that is not that account's position in the contract is ignored.
     */
    public ClearingOutcome clearTrade(long timestamp, long tradeId, int instrumentId, long price, long quantity,
                                      long buyAccount, long sellAccount, Aggressor aggressor, int buyPosition,
                                      int sellPosition) {
        if (timestamp < now) {
            return late(timestamp);
        }
        int contract = contracts.index(instrumentId);
        if (contract == ClearedContracts.NONE) {
            return reject(UNKNOWN_INSTRUMENT, "instrumentId: " + instrumentId + " is not listed for clearing (trade "
                    + tradeId + ")");
        }
        if (price <= 0 || price > MAX_PRICE || quantity <= 0 || quantity > MAX_LOTS || aggressor == null) {
            return reject(FIELD_INVALID, "price, quantity, aggressor: must be 1 to " + MAX_PRICE + " ticks, 1 to "
                    + MAX_LOTS + " lots and given, were " + price + ", " + quantity + ", " + aggressor + " (trade "
                    + tradeId + ")");
        }
        int buyer = accountIndex(buyAccount, contract, buyPosition);
        int seller = accountIndex(sellAccount, contract, sellPosition);
        readMarginAhead(buyer, contract);
        readMarginAhead(seller, contract);
        int buySlot = buyer == AccountRegistry.NONE ? PositionBook.NONE : positionSlot(buyer, contract, buyPosition);
        int sellSlot = seller == AccountRegistry.NONE ? PositionBook.NONE : positionSlot(seller, contract, sellPosition);
        ClearingOutcome refused = checkTradeSide(buyer, buySlot, buyAccount, "buyAccount", quantity, tradeId);
        if (refused == null) {
            refused = checkTradeSide(seller, sellSlot, sellAccount, "sellAccount", -quantity, tradeId);
        }
        if (refused != null) {
            return refused;
        }
        int feeAccount = accounts.house(AccountKind.FEE);
        if (feeAccount == AccountRegistry.NONE) {
            return reject(HOUSE_ACCOUNT_MISSING, "no FEE account is open to collect the fees of trade " + tradeId);
        }
        ClearedContracts.Contract terms = contracts.get(contract);
        FeeRate rate = fees.rate(terms.product);
        long buyerPerLot = aggressor == Aggressor.AUCTION ? rate.auctionPerLot()
                : aggressor == Aggressor.BUYER ? rate.takerPerLot() : rate.makerPerLot();
        long sellerPerLot = aggressor == Aggressor.AUCTION ? rate.auctionPerLot()
                : aggressor == Aggressor.SELLER ? rate.takerPerLot() : rate.makerPerLot();
        // The taker's fee first, so that the fee account has it before it pays the maker's rebate.
        long buyerFee = Math.multiplyExact(buyerPerLot, quantity);
        long sellerFee = Math.multiplyExact(sellerPerLot, quantity);
        if (aggressor == Aggressor.SELLER) {
            chargeFee(timestamp, tradeId, seller, feeAccount, sellerFee);
            chargeFee(timestamp, tradeId, buyer, feeAccount, buyerFee);
        } else {
            chargeFee(timestamp, tradeId, buyer, feeAccount, buyerFee);
            chargeFee(timestamp, tradeId, seller, feeAccount, sellerFee);
        }
        fill(timestamp, tradeId, buyer, buySlot, contract, terms, quantity, price);
        fill(timestamp, tradeId, seller, sellSlot, contract, terms, -quantity, price);
        // A trade of an account with itself moves no risk and must not set a price.
        if (buyer != seller && terms.window != null) {
            terms.window.add(timestamp, price, quantity);
        }
        if (buyer != seller) {
            limits.priced(contract, price);
        }
        if (buyer != seller && terms.indexKey != SpotIndexBook.NO_INDEX) {
            indices.onTrade(terms.indexKey, price, quantity);
        }
        if (buyer != seller && !terms.isFuture()) {
            deliveries.onSpotTrade(contract, price, quantity);
        }
        now = timestamp;
        return ClearingOutcome.ACCEPTED;
    }

    private ClearingOutcome checkTradeSide(int index, int slot, long account, String field, long lots, long tradeId) {
        if (index == AccountRegistry.NONE) {
            return reject(UNKNOWN_ACCOUNT, field + ": no account " + account + " (trade " + tradeId + ")");
        }
        if (!accounts.kind(index).trades()) {
            return reject(ACCOUNT_CANNOT_TRADE, field + ": " + account + " is the exchange's " + accounts.kind(index)
                    + " account, which does not trade (trade " + tradeId + ")");
        }
        long working = slot == PositionBook.NONE ? 0 : lots > 0 ? positions.buying(slot) : positions.selling(slot);
        if (Math.abs(lots) > working) {
            return reject(NOT_ENOUGH_WORKING, field + ": account " + account + " has " + working + " lots working to "
                    + (lots > 0 ? "buy" : "sell") + ", a trade of " + Math.abs(lots) + " cannot come from them (trade "
                    + tradeId + ")");
        }
        if (Math.abs(positions.net(slot) + lots) > MAX_LOTS) {
            return reject(POSITION_LIMIT, field + ": account " + account + " would hold more than " + MAX_LOTS
                    + " lots (trade " + tradeId + ")");
        }
        return null;
    }

    private void chargeFee(long timestamp, long tradeId, int account, int feeAccount, long fee) {
        if (fee > 0) {
            ledger.post(timestamp, CashReason.FEE, tradeId, account, feeAccount, fee);
        } else if (fee < 0) {
            ledger.post(timestamp, CashReason.REBATE, tradeId, feeAccount, account, -fee);
        }
    }

    private void fill(long timestamp, long tradeId, int index, int slot, int contract, ClearedContracts.Contract terms,
                      long lots, long price) {
        long net = positions.net(slot);
        long buying = positions.buying(slot);
        long selling = positions.selling(slot);
        long openCost = positions.openCost(slot);
        positions.trade(slot, lots, price, terms.tickValue);
        if (spot.isSpot(contract)) {
            spotFilled(timestamp, index, contract, lots, net, openCost, positions.net(slot), positions.openCost(slot),
                    terms.tickValue);
        }
        positions.addWorking(slot, lots > 0, -Math.abs(lots));
        events.positionChanged(timestamp, accounts.id(index), terms.spec.instrumentId(), tradeId, positions.net(slot),
                positions.openCost(slot), positions.realised(slot));
        updateMargin(timestamp, index, contract, slot, net, buying, selling);
    }

    void updateMargin(long timestamp, int index, int contract, int slot, long net, long buying, long selling) {
        long before = margin.maintenance(index);
        margin.update(index, contract, net, buying, selling, positions.net(slot), positions.buying(slot),
                positions.selling(slot));
        limits.exposureChanged(index, net, buying, selling, positions.net(slot), positions.buying(slot),
                positions.selling(slot));
        publishMarginIfChanged(timestamp, index, before);
    }

    private void publishMarginIfChanged(long timestamp, int index, long before) {
        long after = margin.maintenance(index);
        if (after != before) {
            limits.initialChanged(index, accounts.firmOf(index), margin.initial(index));
            events.marginChanged(timestamp, accounts.id(index), after, margin.initial(index));
        }
    }

    // ---- limits and spot risk (RiskLimits, SpotRisk) ----

    /** Sets a member account's pre-trade limits, replacing its previous ones; they bind the orders after. */
    public ClearingOutcome setAccountLimits(long timestamp, long account, AccountLimits accountLimits) {
        if (timestamp < now) {
            return late(timestamp);
        }
        int index = accounts.account(account);
        if (index == AccountRegistry.NONE) {
            return reject(UNKNOWN_ACCOUNT, "account: no account " + account + " (limits)");
        }
        if (!accounts.kind(index).trades()) {
            return reject(ACCOUNT_CANNOT_TRADE, "account: " + account + " is the exchange's " + accounts.kind(index)
                    + " account, which does not trade and has no limits");
        }
        if (accountLimits == null) {
            return reject(FIELD_INVALID, "limits: must be given (account " + account + ")");
        }
        limits.setLimits(index, accountLimits);
        now = timestamp;
        return ClearingOutcome.ACCEPTED;
    }

    /** Sets the most initial margin, fen, a firm's accounts may need between them; 0 is no limit. */
    public ClearingOutcome setCreditLimit(long timestamp, long firmId, long creditLimit) {
        if (timestamp < now) {
            return late(timestamp);
        }
        int firm = accounts.firm(firmId);
        if (firm == AccountRegistry.NONE) {
            return reject(UNKNOWN_FIRM, "firmId: no firm " + firmId + " (credit limit)");
        }
        if (creditLimit < 0 || creditLimit > MAX_AMOUNT) {
            return reject(FIELD_INVALID, "creditLimit: must be 0 (no limit) to " + MAX_AMOUNT + " fen, was "
                    + creditLimit + " (firm " + firmId + ")");
        }
        limits.setCreditLimit(firm, creditLimit);
        now = timestamp;
        return ClearingOutcome.ACCEPTED;
    }

    /**
     * Registers what compute provider {@code account} can deliver of {@code productCode} at
     * {@code hub} on {@code deliveryDay}, replacing its registration for that day: at least
     * what it has sold for that day, and for a day after the one the command falls on.
     */
    public ClearingOutcome registerCapacity(long timestamp, long account, String productCode, Hub hub,
                                            LocalDate deliveryDay, long units) {
        if (timestamp < now) {
            return late(timestamp);
        }
        int index = accounts.account(account);
        if (index == AccountRegistry.NONE) {
            return reject(UNKNOWN_ACCOUNT, "account: no account " + account + " (capacity)");
        }
        if (accounts.kind(index) != AccountKind.COMPUTE_PROVIDER) {
            return reject(ACCOUNT_KIND_NOT_ALLOWED, "account: " + account + " is a " + accounts.kind(index)
                    + " account; only a COMPUTE_PROVIDER registers capacity");
        }
        int group = productCode == null || hub == null ? -1 : spot.group(productCode, hub);
        if (group < 0) {
            return reject(UNKNOWN_INSTRUMENT, "productCode, hub: no spot contract of " + productCode + " at " + hub
                    + " is listed for clearing (account " + account + ")");
        }
        long firstDay = SpotRisk.deliveryDay(timestamp);
        if (deliveryDay == null || deliveryDay.toEpochDay() < firstDay || deliveryDay.getYear() > 9999) {
            return reject(FIELD_INVALID, "deliveryDay: must be from " + LocalDate.ofEpochDay(firstDay)
                    + " (the next delivery day) to 9999-12-31, was " + deliveryDay + " (account " + account + ")");
        }
        int existing = spot.find(index, group, deliveryDay.toEpochDay());
        // Sells working now would deliver on the next delivery day: they are committed to it.
        long sold = spot.sold(existing)
                + (deliveryDay.toEpochDay() == firstDay ? spot.workingSellUnits(index, group) : 0);
        if (units < sold || units > SpotRisk.MAX_UNITS) {
            return reject(FIELD_INVALID, "units: must be " + sold + " (sold and working for " + deliveryDay + ") to "
                    + SpotRisk.MAX_UNITS + ", was " + units + " (account " + account + ", " + productCode + " at " + hub
                    + ")");
        }
        spot.register(spot.entry(index, group, deliveryDay.toEpochDay()), units);
        now = timestamp;
        return ClearingOutcome.ACCEPTED;
    }

    /**
     * An order's own terms against the account's limits (a query): its size ({@code quantity}, 0
     * for an amendment, which adds no lots), its limit {@code price} against the price collar (0
     * for none: a market order, a held stop) and the account's working orders once accepted
     * ({@code workingOrdersAfter}, 0 when it opens none: an amendment, a quote side).
     */
    public ClearingOutcome checkOrderTerms(long account, int instrumentId, long price, long quantity,
                                           long workingOrdersAfter) {
        int index = accounts.account(account);
        int contract = contracts.index(instrumentId);
        if (index == AccountRegistry.NONE || contract == ClearedContracts.NONE) {
            return checkOrderFields(index, account, contract, instrumentId, Side.BID, 1);
        }
        ClearedContracts.Contract terms = contracts.get(contract);
        ClearingOutcome refused = limits.checkTerms(account, index, terms.spec.symbol(),
                limits.reference(contract, terms.settlementPrice), price, quantity, workingOrdersAfter);
        return refused != null ? refused : ClearingOutcome.ACCEPTED;
    }

    /**
     * Spot risk of an order (a query; accepted at once for a future). A buy must be paid for from
     * the buying power: {@code notionalTicks} (price x quantity, or a budget order's budget) at the
     * tick value plus the highest fee per lot, in place of what order {@code replacedOrderId} (an
     * amended order, a replaced quote side; 0 for none) holds back. A compute provider's sell of
     * {@code addedLots} more must fit its uncommitted capacity for the day it would deliver.
     */
    public ClearingOutcome checkSpotOrder(long timestamp, long account, int instrumentId, Side side,
                                          long replacedOrderId, long notionalTicks, long quantity, long addedLots) {
        int index = accounts.account(account);
        int contract = contracts.index(instrumentId);
        ClearingOutcome refused = checkOrderFields(index, account, contract, instrumentId, side, Math.max(quantity, 1));
        if (refused != null) {
            return refused;
        }
        if (!spot.isSpot(contract)) {
            return ClearingOutcome.ACCEPTED;
        }
        ClearedContracts.Contract terms = contracts.get(contract);
        if (side == Side.BID) {
            if (notionalTicks < 0 || notionalTicks > MAX_PRICE * MAX_LOTS) {
                return reject(FIELD_INVALID, "notionalTicks: must be 0 to " + MAX_PRICE * MAX_LOTS + ", was "
                        + notionalTicks + " (account " + account + ")");
            }
            // Cash free of the margin the account needs with this order working, and of its other spot buys.
            int slot = positions.find(index, contract);
            boolean holds = slot != PositionBook.NONE;
            long initial = addedLots <= 0 ? margin.initial(index)
                    : margin.initialIfWorking(index, contract, holds ? positions.net(slot) : 0,
                    holds ? positions.buying(slot) : 0, holds ? positions.selling(slot) : 0,
                    Math.min(addedLots, MAX_LOTS), 0);
            long buyingPower = ledger.balance(index) - initial - spot.committed(index);
            refused = spot.checkBuy(account, terms.spec.symbol(), terms.tickValue, replacedOrderId, notionalTicks,
                    quantity, maxFee(terms), buyingPower);
        } else if (addedLots > 0 && accounts.kind(index) == AccountKind.COMPUTE_PROVIDER) {
            refused = spot.checkSell(account, index, contract, Math.min(addedLots, MAX_LOTS), timestamp);
        }
        return refused != null ? refused : ClearingOutcome.ACCEPTED;
    }

    /** A spot buy was accepted at {@code price} (its limit, or a stop's stop price): it holds back its cost. */
    public void spotBuyWorking(long orderId, long account, int instrumentId, long price, long lots) {
        int index = accounts.account(account);
        int contract = contracts.index(instrumentId);
        if (index != AccountRegistry.NONE && contract != ClearedContracts.NONE && spot.isSpot(contract) && orderId > 0
                && spot.reserved(orderId) == 0) {
            ClearedContracts.Contract terms = contracts.get(contract);
            spot.buyWorking(orderId, index, SpotRisk.perLot(price, terms.tickValue, maxFee(terms)), lots);
        }
    }

    /** Order {@code orderId} lost {@code lots} by a fill or a cancellation: a spot buy releases their share. */
    public void spotBuyReduced(long orderId, long lots) {
        spot.buyReduced(orderId, lots);
    }

    /** Order {@code orderId} moved to {@code price}: a spot buy holds back its cost at the new limit. */
    public void spotBuyRepriced(long orderId, int instrumentId, long price) {
        int contract = contracts.index(instrumentId);
        if (contract != ClearedContracts.NONE && spot.isSpot(contract)) {
            ClearedContracts.Contract terms = contracts.get(contract);
            spot.buyRepriced(orderId, SpotRisk.perLot(price, terms.tickValue, maxFee(terms)));
        }
    }

    private void spotFilled(long timestamp, int index, int contract, long lots, long net, long openCost, long newNet,
                            long newOpenCost, long tickValue) {
        spot.positionChanged(index, net, openCost, newNet, newOpenCost, tickValue);
        if (lots < 0 && accounts.kind(index) == AccountKind.COMPUTE_PROVIDER) {
            spot.sold(index, contract, -lots, timestamp);
        }
    }

    /** The most a lot of the contract can pay in fees: the larger of its product's maker and taker fee. */
    private long maxFee(ClearedContracts.Contract terms) {
        FeeRate rate = fees.rate(terms.product);
        return Math.max(rate.makerPerLot(), rate.takerPerLot());
    }

    /** The account's limits (none set: {@link AccountLimits#NONE}). */
    public AccountLimits accountLimits(long account) {
        return limits.limits(known(account));
    }


    /** The units provider {@code account} registered and has sold of spot at the hub for {@code day}: {registered, sold}. */
    public long[] capacity(long account, String productCode, Hub hub, LocalDate day) {
        int group = spot.group(productCode, hub);
        if (group < 0) {
            throw new IllegalArgumentException("productCode, hub: no spot contract of " + productCode + " at " + hub);
        }
        int entry = spot.find(known(account), group, day.toEpochDay());
        return new long[] {spot.registered(entry), spot.sold(entry)};
    }

    // ---- end of day ----

    /**
     * Settles a futures contract for {@code businessDay}: finds the settlement price by the rule
     * (the closing window ending now, else the tight mid of {@code bestBid}/{@code bestAsk}, else
     * {@code operatorPrice}; 0 means none), publishes it with its method, and marks every position
     * to it: the settlement account collects variation margin from every account that lost, then
     * pays every account that gained, and holds nothing after.
     */
    public ClearingOutcome settle(long timestamp, int instrumentId, LocalDate businessDay, long bestBid, long bestAsk,
                                  long operatorPrice) {
        if (timestamp < now) {
            return late(timestamp);
        }
        int contract = contracts.index(instrumentId);
        if (contract == ClearedContracts.NONE) {
            return reject(UNKNOWN_INSTRUMENT, "instrumentId: " + instrumentId + " is not listed for clearing");
        }
        ClearedContracts.Contract terms = contracts.get(contract);
        if (!terms.isFuture()) {
            return reject(NOT_A_FUTURE, "instrumentId: " + terms.spec.symbol() + " is spot, which has no settlement price");
        }
        if (businessDay == null) {
            return reject(FIELD_INVALID, "businessDay: must be given (" + terms.spec.symbol() + ")");
        }
        if (terms.settledDay != null && !businessDay.isAfter(terms.settledDay)) {
            return reject(DAY_ALREADY_SETTLED, "businessDay: " + terms.spec.symbol() + " is settled to " + terms.settledDay
                    + ", cannot settle " + businessDay);
        }
        ClearingOutcome refused = checkQuote(bestBid, bestAsk, terms.spec.symbol());
        if (refused != null) {
            return refused;
        }
        if (operatorPrice < 0 || operatorPrice > MAX_PRICE) {
            return reject(FIELD_INVALID, "operatorPrice: must be 0 (none) to " + MAX_PRICE + " ticks, was " + operatorPrice
                    + " (" + terms.spec.symbol() + ")");
        }
        int settlementAccount = accounts.house(AccountKind.SETTLEMENT);
        if (settlementAccount == AccountRegistry.NONE) {
            return reject(HOUSE_ACCOUNT_MISSING, "no SETTLEMENT account is open to pass variation margin through ("
                    + terms.spec.symbol() + ")");
        }
        long windowLots = terms.window.lots(timestamp);
        if (rules.settlement().methodFor(windowLots, bestBid, bestAsk) == SettlementMethod.OPERATOR && operatorPrice == 0) {
            return reject(OPERATOR_PRICE_REQUIRED, "operatorPrice: " + terms.spec.symbol() + " traded " + windowLots
                    + " lots in the closing window and the spread " + bestBid + " / " + bestAsk
                    + " is too wide or one-sided: an operator price is needed");
        }
        SettlementPrice price = rules.settlement().determine(windowLots, terms.window.notional(timestamp), bestBid,
                bestAsk, operatorPrice, terms.settlementPrice);
        long settlementId = nextSettlementId();
        events.settlementPricePublished(timestamp, settlementId, instrumentId, businessDay, price.price(), price.method(),
                price.windowLots(), bestBid, bestAsk);
        markTo(timestamp, contract, price.price(), CashReason.VARIATION_MARGIN, settlementId);
        terms.settlementPrice = price.price();
        terms.settledDay = businessDay;
        limits.priced(contract, price.price());
        for (int slot = positions.first(contract); slot != PositionBook.NONE; slot = positions.next(slot)) {
            defaults.settled(timestamp, positions.account(slot));
        }
        defaults.resolveClosedOut(timestamp);
        now = timestamp;
        return ClearingOutcome.ACCEPTED;
    }

    long nextSettlementId() {
        return ++lastSettlementId;
    }

    /**
     * Marks every position of a contract to {@code price}: the settlement account collects from
     * every account that lost, then pays every account that gained, and holds nothing after.
     */
    void markTo(long timestamp, int contract, long price, CashReason reason, long settlementId) {
        long tickValue = contracts.get(contract).tickValue;
        int settlementAccount = accounts.house(AccountKind.SETTLEMENT);
        for (int slot = positions.first(contract); slot != PositionBook.NONE; slot = positions.next(slot)) {
            long owed = -variationMargin(slot, price, tickValue);
            if (owed > 0) {
                ledger.post(timestamp, reason, settlementId, positions.account(slot), settlementAccount, owed);
            }
        }
        for (int slot = positions.first(contract); slot != PositionBook.NONE; slot = positions.next(slot)) {
            long due = variationMargin(slot, price, tickValue);
            if (due > 0) {
                ledger.post(timestamp, reason, settlementId, settlementAccount, positions.account(slot), due);
            }
            positions.settled(slot, VariationMargin.markBasis(positions.net(slot), price), due);
        }
    }

    private long variationMargin(int slot, long price, long tickValue) {
        return VariationMargin.amount(positions.net(slot), positions.markBasis(slot), price, tickValue);
    }

    /**
     * Publishes the spot index of {@code productCode} at {@code hub} for {@code day} from the spot
     * trades since its last fixing, with the closing best bid and offer of its spot contract for
     * a thin day (0: none).
     */
    public ClearingOutcome publishIndex(long timestamp, String productCode, Hub hub, LocalDate day, long bestBid,
                                       long bestAsk) {
        if (timestamp < now) {
            return late(timestamp);
        }
        int key = productCode == null || hub == null ? SpotIndexBook.NO_INDEX : indices.key(productCode, hub);
        if (key == SpotIndexBook.NO_INDEX) {
            return reject(UNKNOWN_INDEX, "productCode, hub: no spot index of " + productCode + " at " + hub);
        }
        if (day == null) {
            return reject(FIELD_INVALID, "day: must be given (index " + productCode + "-" + hub + ")");
        }
        LocalDate last = indices.lastDay(key);
        if (last != null && !day.isAfter(last)) {
            return reject(DAY_ALREADY_PUBLISHED, "day: the index " + productCode + "-" + hub + " is fixed to " + last
                    + ", cannot fix " + day);
        }
        ClearingOutcome refused = checkQuote(bestBid, bestAsk, productCode + "-" + hub);
        if (refused != null) {
            return refused;
        }
        SpotIndexValue value = indices.publish(key, day, bestBid, bestAsk);
        events.indexPublished(timestamp, productCode, hub, day, value.value(), value.method(), value.lots(),
                value.trades(), value.excludedTrades(), 1);
        insurance.indexFixed(timestamp, productCode, hub, day, value.value());
        now = timestamp;
        return ClearingOutcome.ACCEPTED;
    }

    /** Corrects a published fixing (a restatement): republished with the next version. */
    public ClearingOutcome restateIndex(long timestamp, String productCode, Hub hub, LocalDate day, long value) {
        if (timestamp < now) {
            return late(timestamp);
        }
        int key = productCode == null || hub == null ? SpotIndexBook.NO_INDEX : indices.key(productCode, hub);
        if (key == SpotIndexBook.NO_INDEX) {
            return reject(UNKNOWN_INDEX, "productCode, hub: no spot index of " + productCode + " at " + hub);
        }
        if (day == null || indices.fixing(key, day) == null) {
            return reject(DAY_NOT_PUBLISHED, "day: the index " + productCode + "-" + hub + " has no fixing on " + day);
        }
        if (value <= 0 || value > MAX_PRICE) {
            return reject(FIELD_INVALID, "value: must be 1 to " + MAX_PRICE + " ticks, was " + value);
        }
        IndexFixing fixing = indices.restate(key, day, value);
        events.indexPublished(timestamp, productCode, hub, day, value, fixing.method(), 0, 0, 0, fixing.version());
        now = timestamp;
        return ClearingOutcome.ACCEPTED;
    }

    // ---- expiry and delivery ----

    /**
     * Sets the delivery terms of a product at a hub (penalty rate, energy per unit, grid emission
     * factor) for the deliveries scheduled after.
     */
    public ClearingOutcome setDeliveryTerms(long timestamp, String productCode, Hub hub, int penaltyBps,
                                            long energyMilliWhPerUnit, long gridGramsPerMwh) {
        if (timestamp < now) {
            return late(timestamp);
        }
        return stamped(timestamp, expiry.setTerms(productCode, hub, penaltyBps, energyMilliWhPerUnit, gridGramsPerMwh));
    }

    /**
     * Expires a futures contract on {@code day} at its final price (a cash-settled one at the
     * monthly average of its index, a physical one at its last settlement price, scheduling its
     * deliveries), or cuts a spot contract's trade day {@code day} into next-day deliveries at the
     * day's volume-weighted price. Every position is marked there and closed.
     */
    public ClearingOutcome expire(long timestamp, int instrumentId, LocalDate day) {
        if (timestamp < now) {
            return late(timestamp);
        }
        return stamped(timestamp, expiry.expire(timestamp, instrumentId, day));
    }

    /** Reports {@code deliveredUnits} more units of a delivery delivered and {@code failedUnits} more failed. */
    public ClearingOutcome reportDelivery(long timestamp, long deliveryId, long deliveredUnits, long failedUnits) {
        if (timestamp < now) {
            return late(timestamp);
        }
        return stamped(timestamp, expiry.report(timestamp, deliveryId, deliveredUnits, failedUnits));
    }

    // ---- insurance (docs/INSURANCE.md, "The contract on the exchange") ----

    /** Writes an insurance policy: the holder pays the premium, the insurer's limit is held back until it ends. */
    public ClearingOutcome writePolicy(long timestamp, PolicyTerms terms) {
        return timestamp < now ? late(timestamp) : stamped(timestamp, insurance.write(timestamp, terms));
    }

    /** A monitored outage at a hub: the live outage covers there pay their claims. */
    public ClearingOutcome reportOutage(long timestamp, String productCode, Hub hub, long start, long end,
                                        long unitsOffline, long hubUnits) {
        return timestamp < now ? late(timestamp)
                : stamped(timestamp, insurance.reportOutage(timestamp, productCode, hub, start, end, unitsOffline,
                        hubUnits));
    }

    /** Every insurance policy as it stands, in the order written. */
    public List<Policy> policies() {
        return insurance.policies();
    }

    private ClearingOutcome stamped(long timestamp, ClearingOutcome outcome) {
        if (outcome.accepted()) {
            now = timestamp;
        }
        return outcome;
    }

    private static ClearingOutcome checkQuote(long bestBid, long bestAsk, String what) {
        if (bestBid < 0 || bestBid > MAX_PRICE || bestAsk < 0 || bestAsk > MAX_PRICE) {
            return reject(FIELD_INVALID, "bestBid, bestAsk: must be 0 (none) to " + MAX_PRICE + " ticks, were " + bestBid
                    + ", " + bestAsk + " (" + what + ")");
        }
        return null;
    }

    // ---- default management (the engine drives it: docs/CLEARING.md, "Liquidation") ----

    /** Whether a margin call's deadline has passed at {@code timestamp}: one comparison, asked before every command. */
    public boolean marginCallsDue(long timestamp) {
        return defaults.callsDue(timestamp);
    }

    /**
     * Declares in default every account still short of its initial margin after its call's
     * deadline (a call covered by now is met instead).
     * @return the accounts declared in default, in opening order: the engine liquidates them
     */
    public long[] declareDefaults(long timestamp) {
        if (timestamp < now) {
            return new long[0];
        }
        now = timestamp;
        return ids(defaults.declareDefaults(timestamp));
    }

    /** How many accounts are in default now (allocates nothing, unlike {@link #accountsInDefault}). */
    public int defaultsOpen() {
        return defaults.openDefaults();
    }

    /** The accounts in default, in opening order. */
    public long[] accountsInDefault() {
        return ids(defaults.inDefault());
    }

    /** After the exchange closed positions: resolves every default now closed out (its loss down the waterfall). */
    public void resolveDefaults(long timestamp) {
        if (timestamp >= now) {
            now = timestamp;
            defaults.resolveClosedOut(timestamp);
        }
    }

    /** The id of {@code account}'s open default, 0 when it is not in default (or unknown). */
    public long defaultId(long account) {
        int index = accounts.account(account);
        return index == AccountRegistry.NONE ? 0 : defaults.defaultId(index);
    }

    /** The id of {@code account}'s open margin call, 0 when it has none. */
    public long marginCallId(long account) {
        return defaults.callId(known(account));
    }

    /** What {@code account} has contributed to the default fund, less what defaults have taken, fen. */
    public long defaultFundContribution(long account) {
        return defaults.contribution(known(account));
    }

    public DefaultRules defaultRules() {
        return defaults.rules();
    }

    /** The account's net lots in a contract; 0 when it holds none or the contract is not cleared. */
    public long netLots(long account, int instrumentId) {
        int index = known(account);
        int contract = contracts.index(instrumentId);
        int slot = contract == ClearedContracts.NONE ? PositionBook.NONE : positions.find(index, contract);
        return slot == PositionBook.NONE ? 0 : positions.net(slot);
    }

    private long[] ids(int[] indices) {
        long[] ids = new long[indices.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = accounts.id(indices[i]);
        }
        return ids;
    }

    /** The house's books as the default desk sees them. */
    private final class Books implements MemberBooks {
        @Override
        public int accounts() {
            return accounts.count();
        }

        @Override
        public long accountId(int account) {
            return accounts.id(account);
        }

        @Override
        public AccountKind kind(int account) {
            return accounts.kind(account);
        }

        @Override
        public long cash(int account) {
            return ledger.balance(account);
        }

        @Override
        public long maintenance(int account) {
            return margin.maintenance(account);
        }

        @Override
        public long initial(int account) {
            return margin.initial(account);
        }

        @Override
        public boolean closedOut(int account) {
            for (int c = 0; c < contracts.count(); c++) {
                int slot = positions.find(account, c);
                if (slot != PositionBook.NONE && (positions.net(slot) != 0 || positions.buying(slot) != 0
                        || positions.selling(slot) != 0 || contracts.get(c).isFuture() && positions.markBasis(slot) != 0)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int house(AccountKind kind) {
            int index = accounts.house(kind);
            return index == AccountRegistry.NONE ? MemberBooks.NONE : index;
        }

        @Override
        public void post(long timestamp, CashReason reason, long reference, int debit, int credit, long amount) {
            ledger.post(timestamp, reason, reference, debit, credit, amount);
        }
    }

    // ---- queries ----

    /** Whether {@code account} is open: a producer opens what is absent and sends nothing twice. */
    public boolean hasAccount(long account) {
        return accounts.account(account) != AccountRegistry.NONE;
    }

    /** Whether firm {@code firmId} is registered. */
    public boolean hasFirm(long firmId) {
        return accounts.firm(firmId) != AccountRegistry.NONE;
    }

    /** The cash of {@code account}, fen. */
    public long cash(long account) {
        return ledger.balance(known(account));
    }

    /**
     * Cash less the initial margin the account needs (working orders included) and less what its
     * spot buys and undelivered purchases hold back, fen: what it may withdraw, and the buying
     * power of a spot buy. House accounts need none.
     */
    public long freeCash(long account) {
        return freeCash(known(account));
    }

    long freeCash(int index) {
        // The members' contributions in the default fund's cash are committed to the waterfall,
        // an insurer's limits to its live policies.
        long committed = accounts.kind(index) == AccountKind.DEFAULT_FUND ? defaults.contributions()
                : insurance.collateral(index);
        return Math.subtractExact(Math.subtractExact(Math.subtractExact(ledger.balance(index), margin.initial(index)),
                spot.committed(index)), committed);
    }

    public long maintenanceMargin(long account) {
        return margin.maintenance(known(account));
    }

    public long initialMargin(long account) {
        return margin.initial(known(account));
    }

    /** Every open account as it stands now, in the order opened (a risk officer's whole desk). */
    public List<AccountStanding> standings() {
        return AccountStandings.of(this);
    }

    /** Deposits less withdrawals, fen: what all the accounts inside the exchange hold between them. */
    public long netDeposits() {
        return ledger.netDeposits();
    }

    /** The number of ledger entries so far (the last {@code CashMoved.entryId}). */
    public long ledgerEntries() {
        return ledger.entries();
    }

    /** The account's position in a contract (all zero if it never had one). */
    public Position position(long account, int instrumentId) {
        int index = known(account);
        int contract = contracts.index(instrumentId);
        if (contract == ClearedContracts.NONE) {
            throw new IllegalArgumentException("instrumentId: " + instrumentId + " is not listed for clearing");
        }
        long tickValue = contracts.get(contract).tickValue;
        int slot = positions.find(index, contract);
        if (slot == PositionBook.NONE) {
            return new Position(account, instrumentId, 0, 0, 0, 0, 0, 0, 0, tickValue);
        }
        return new Position(account, instrumentId, positions.net(slot), positions.openCost(slot),
                positions.realised(slot), positions.markBasis(slot), positions.settled(slot), positions.buying(slot),
                positions.selling(slot), tickValue);
    }

    /** The last settlement price of a contract, ticks (its reference price before the first settlement). */
    public long settlementPrice(int instrumentId) {
        int contract = contracts.index(instrumentId);
        if (contract == ClearedContracts.NONE) {
            throw new IllegalArgumentException("instrumentId: " + instrumentId + " is not listed for clearing");
        }
        return contracts.get(contract).settlementPrice;
    }

    /** Every fixing of the spot index of {@code productCode} at {@code hub}, oldest first. */
    public List<IndexFixing> indexHistory(String productCode, Hub hub) {
        int key = indices.key(productCode, hub);
        if (key == SpotIndexBook.NO_INDEX) {
            throw new IllegalArgumentException("productCode, hub: no spot index of " + productCode + " at " + hub);
        }
        return indices.history(key);
    }

    /** A delivery as it stands. @throws IllegalArgumentException for an id never scheduled */
    public Delivery delivery(long deliveryId) {
        return deliveries.delivery(deliveryId);
    }

    /** Every delivery as it stands, in the order scheduled. */
    public List<Delivery> deliveries() {
        return deliveries.deliveries();
    }

    /** The account's delivered energy, certificates and carbon footprint, for its statement. */
    public EnergyStatement energyStatement(long account) {
        return deliveries.statement(known(account), account);
    }

    /**
     * One order-sensitive hash of the whole clearing state: the time and settlement count, then
     * firms and accounts, the ledger (balances and a running hash of every entry), fees,
     * contracts with their windows and settlements, positions, margin and the spot indices,
     * each in a fixed order (never a hash map's).
     */
    public long stateHash() {
        long h = StateHash.mix(now, lastSettlementId);
        h = StateHash.mix(h, accounts.stateHash());
        h = StateHash.mix(h, ledger.stateHash());
        h = StateHash.mix(h, fees.stateHash());
        h = StateHash.mix(h, contracts.stateHash());
        h = StateHash.mix(h, positions.stateHash());
        h = StateHash.mix(h, margin.stateHash());
        h = StateHash.mix(h, limits.stateHash(accounts.count(), accounts.firmCount(), contracts.count()));
        h = StateHash.mix(h, spot.stateHash(accounts.count()));
        h = StateHash.mix(h, defaults.stateHash());
        h = StateHash.mix(h, indices.stateHash());
        h = StateHash.mix(h, deliveries.stateHash());
        return StateHash.mix(h, insurance.stateHash());
    }

    /** Every lot working, both sides of every account's orders in every contract. */
    public long workingLots() {
        long lots = 0;
        for (int slot = 0; slot < positions.count(); slot++) {
            lots += positions.buying(slot) + positions.selling(slot);
        }
        return lots;
    }

    // ---- snapshot ----

    /**
     * Writes the clearing section of a snapshot (docs/JOURNAL.md): everything that changes after
     * the house is set up. Call it between commands, on the sequencer thread.
     */
    public void writeSnapshot(DataOutput out) throws IOException {
        ClearingSnapshot.write(this, out);
    }

    /**
     * The house a clearing section holds, over the reference data of {@code setup} (rules, fees
     * set up, combined commodities, spreads and contracts), built by the same setup the snapshot's
     * house was: what {@code setup} did after listing (firms, accounts, cash) is replaced by the
     * section. It publishes to {@code events} from the next command on; restoring publishes nothing.
     * @throws IllegalArgumentException when the section does not fit the setup or is not a sound state
     */
    public static ClearingHouse restore(ClearingHouse setup, ClearingEvents events, byte[] section) {
        return ClearingSnapshot.restore(setup, events, section);
    }

    private int known(long account) {
        int index = accounts.account(account);
        if (index == AccountRegistry.NONE) {
            throw new IllegalArgumentException("account: no account " + account);
        }
        return index;
    }

    private ClearingOutcome late(long timestamp) {
        return reject(TIMESTAMP_BEFORE_CLEARING_TIME, "timestamp: " + timestamp + " is before the clearing house's time "
                + now);
    }

    /** Fen as yuan for messages, e.g. {@code 1234.56 CNY}. */
    static String cny(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString() + " CNY";
    }
}
