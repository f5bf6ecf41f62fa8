package com.suanli.data.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.listing.Catalogue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeededLoadTest {

    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    private static final long START = 1_796_000_000_000L;
    private static final int COMMANDS = 400_000;

    /** One engine applying the load, and what it made of the load's cancels and amendments. */
    private static final class Applied {
        final List<ExchangeEvent> events = new ArrayList<>();
        final Engine engine = new Engine(CATALOGUE, EngineConfig.defaults(), events::add);
        int cancels;
        int cancelsRefused;
        int amendments;
        int amendmentsRefused;
        int mostWorking;

        /** Applies the command; returns the limit order it accepted, or null. */
        OrderAccepted apply(Command command) {
            events.clear();
            engine.submit(command);
            boolean refused = events.stream().anyMatch(CommandRejected.class::isInstance);
            if (command instanceof CancelOrder) {
                cancels++;
                cancelsRefused += refused ? 1 : 0;
            } else if (command instanceof AmendPrice) {
                amendments++;
                amendmentsRefused += refused ? 1 : 0;
            }
            mostWorking = Math.max(mostWorking, engine.workingOrderCount());
            return events.stream().filter(OrderAccepted.class::isInstance).map(OrderAccepted.class::cast)
                    .filter(a -> a.type() == OrderType.LIMIT).findFirst().orElse(null);
        }
    }

    @Test
    void fed_its_accepted_orders_the_load_cancels_and_amends_them_and_the_book_stays_bounded() {
        SeededLoad fed = new SeededLoad(3, CATALOGUE, START);
        SeededLoad unfed = new SeededLoad(3, CATALOGUE, START);
        Applied withAcks = new Applied();
        Applied without = new Applied();
        for (int i = 0; i < COMMANDS; i++) {
            OrderAccepted accepted = withAcks.apply(fed.next());
            if (accepted != null) {
                fed.accepted(accepted.orderId(), accepted.account());
            }
            without.apply(unfed.next());
        }
        System.out.printf("fed: cancels %,d refused %,d, amendments %,d refused %,d, working at most %,d, at the end"
                        + " %,d; unfed: refused %,d of %,d cancels, %,d of %,d amendments, working at the end %,d%n",
                withAcks.cancels, withAcks.cancelsRefused, withAcks.amendments, withAcks.amendmentsRefused,
                withAcks.mostWorking, withAcks.engine.workingOrderCount(), without.cancelsRefused, without.cancels,
                without.amendmentsRefused, without.amendments, without.engine.workingOrderCount());
        // The same mix either way: 18% cancels and 10% amendments.
        assertThat(withAcks.cancels).isEqualTo(without.cancels).isBetween(COMMANDS * 17 / 100, COMMANDS * 19 / 100);
        assertThat(withAcks.amendments).isEqualTo(without.amendments)
                .isBetween(COMMANDS * 9 / 100, COMMANDS * 11 / 100);
        // Most cancels and amendments now apply (about 65% and 61%); the rest name orders that filled since.
        assertThat(withAcks.cancelsRefused).isLessThan(withAcks.cancels * 2 / 5);
        assertThat(withAcks.amendmentsRefused).isLessThan(withAcks.amendments * 2 / 5);
        // The book still grows: the load rests more orders than its 18% of cancels can take back (its bids 3 to 9
        // ticks under the reference, and asks as far over, never trade), but by about 0.2 orders a command, not
        // 0.36 (the unfed load's).
        assertThat(withAcks.engine.workingOrderCount()).isLessThan(without.engine.workingOrderCount() * 2 / 3);
        assertThat(without.cancelsRefused).isGreaterThan(without.cancels * 9 / 10);
        assertThat(without.engine.workingOrderCount()).isGreaterThan(COMMANDS / 10);
    }
}
