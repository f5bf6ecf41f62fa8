package com.suanli.desk.ui.calculator;

import com.suanli.desk.ui.form.FieldException;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.CommandOutcome;
import com.suanli.desk.ui.trading.OrderGateway;
import com.suanli.exchange.engine.command.WritePolicy;
import com.suanli.exchange.engine.event.PolicyKind;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.sessions.insurance.CoverTerm;
import com.suanli.sessions.insurance.InsuranceProgramme;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Buys a quoted cover for the signed-in user's chosen account from the session's insurer
 * ({@link InsuranceProgramme#INSURER_ACCOUNT}, the same that writes the agents' covers): a {@code WritePolicy}
 * through the user's gateway, so the role rules of order entry apply (a risk officer buys nothing, a trader
 * only for an account it trades), the premium is paid through the clearing ledger and the exchange settles the
 * claims as it does the agents'. An outage cover runs from the exchange's day for its term on the session
 * clock when a session runs ({@link CoverTerm}); a cap covers the days its form gives.
 */
public final class CoverBuyer {

    private final OrderGateway gateway;
    private final LongSupplier holder;
    private final Clock clock;
    private final Supplier<Catalogue> catalogue;
    private final Supplier<Optional<LocalDate>> sessionDay;
    private final Executor uiThread;

    /**
     * @param gateway the signed-in user's port to the exchange
     * @param holder the account the user has chosen to trade, which holds what it buys
     * @param clock the exchange's clock
     * @param catalogue what the exchange lists: the insured index's spot contract
     * @param sessionDay the live session's day on its own clock, when a session runs
     * @param uiThread where the outcome is told
     */
    public CoverBuyer(OrderGateway gateway, LongSupplier holder, Clock clock, Supplier<Catalogue> catalogue,
                      Supplier<Optional<LocalDate>> sessionDay, Executor uiThread) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.holder = Objects.requireNonNull(holder, "holder");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.sessionDay = Objects.requireNonNull(sessionDay, "sessionDay");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
    }

    /** The account a purchase is for. */
    public long holder() {
        return holder.getAsLong();
    }

    /**
     * Writes {@code order} at {@code premiumCny} (rounded up to the fen). A form the exchange could not take
     * (no spot contract of the index, a strike off its tick) goes to {@code refused} at once with nothing sent;
     * otherwise the exchange's answer reaches {@code outcome} on the UI thread.
     */
    void buy(CoverOrder order, double premiumCny, Consumer<CommandOutcome> outcome, Consumer<Throwable> refused) {
        WritePolicy policy;
        try {
            policy = policy(order, premiumCny);
        } catch (IllegalArgumentException invalid) {
            refused.accept(invalid);
            return;
        }
        gateway.submit(policy).whenCompleteAsync((answer, failure) -> {
            if (failure != null) {
                refused.accept(failure);
            } else {
                outcome.accept(answer);
            }
        }, uiThread);
    }

    WritePolicy policy(CoverOrder order, double premiumCny) {
        ContractSpec spot = catalogue.get().contracts().stream().filter(spec -> spec.kind() == ContractKind.SPOT
                && !spec.green() && spec.hub() == order.hub() && spec.product().code().equals(order.productCode()))
                .findFirst().orElseThrow(() -> new FieldException(Texts.get("calc.cover.product"),
                        Texts.format("calc.cover.no-index", order.productCode(), order.hub().code())));
        long now = clock.millis();
        long premium = Math.max(1, (long) Math.ceil(premiumCny * 100));
        if (order.kind() == PolicyKind.OUTAGE_COVER) {
            CoverTerm term = CoverTerm.of(now, sessionDay.get().orElse(CoverTerm.exchangeDay(now)), order.termDays());
            return new WritePolicy(now, holder(), InsuranceProgramme.INSURER_ACCOUNT, order.kind(), order.productCode(),
                    order.hub(), term.firstDay(), term.lastDay(), order.units(), 0, order.limitFen(), premium);
        }
        return new WritePolicy(now, holder(), InsuranceProgramme.INSURER_ACCOUNT, order.kind(), order.productCode(),
                order.hub(), order.firstDay(), order.lastDay(), order.units(), strikeTicks(spot, order.strikeCny()),
                order.limitFen(), premium);
    }

    private static long strikeTicks(ContractSpec spot, BigDecimal strike) {
        try {
            return spot.toTicks(strike);
        } catch (IllegalArgumentException offTick) {
            throw new FieldException(Texts.get("calc.spike.cap"), Texts.format("calc.cover.off-tick",
                    strike.toPlainString(), spot.tickSize().toPlainString()));
        }
    }
}
