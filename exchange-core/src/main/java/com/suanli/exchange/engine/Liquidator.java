package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.clearing.ClearingHouse;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeTick;
import com.suanli.exchange.engine.event.CancelReason;

/**
 * The exchange's close-out of defaulters, on the sequencer thread, before each command is
 * dispatched (docs/CLEARING.md, "Liquidation"). When time passes a margin call's deadline the
 * house declares the short accounts in default; for each, in opening order, every working order
 * is cancelled ({@code DEFAULT}) and every position is closed by market orders of the exchange's
 * own (IOC, at most {@code closeOutProtectionTicks} through the best opposite price, in chunks of
 * the contract's maximum order size), entered as any order is and let through the pre-trade
 * check, which refuses the defaulter's own orders. Lots the market cannot take now stay open and
 * are offered again at every {@link TimeTick} while the default lasts. A default is resolved by the
 * house once the account is closed out, usually at the next settlement of each contract it
 * traded out of, when the closing trades' variation margin has been paid.
 */
final class Liquidator {
    private final ClearingHouse house;
    private final ClearingFeed feed;
    private final OrderEntry entry;
    private final Instrument[] instruments;
    private final EventLog log;

    Liquidator(EventLog log, ClearingHouse house, ClearingFeed feed, OrderEntry entry, Instrument[] instruments) {
        this.log = log;
        this.house = house;
        this.feed = feed;
        this.entry = entry;
        this.instruments = instruments;
    }

    /** Before {@code command} is dispatched, at the engine time. */
    void beforeCommand(Command command) {
        if (house == null) {
            return;
        }
        boolean declared = false;
        if (house.marginCallsDue(log.now)) {
            for (long account : house.declareDefaults(log.now)) {
                for (Instrument in : instruments) {
                    entry.cancelAll(in, account, CancelReason.DEFAULT);
                }
                declared = true;
            }
        }
        if (declared || command instanceof TimeTick && house.defaultsOpen() > 0) {
            for (long account : house.accountsInDefault()) {
                closeOut(account);
            }
            house.resolveDefaults(log.now);
        }
    }

    private void closeOut(long account) {
        long defaultId = house.defaultId(account);
        feed.closingOut(account);
        for (Instrument in : instruments) {
            long net = house.netLots(account, in.id);
            long chunk = in.spec.maxOrderLots() - in.spec.maxOrderLots() % in.spec.lotSize();
            while (net != 0) {
                long lots = Math.min(Math.abs(net), chunk);
                entry.place(PlaceOrder.market(log.now, account, defaultId, in.id, net > 0 ? Side.ASK : Side.BID, lots,
                        house.defaultRules().closeOutProtectionTicks()), in);
                long after = house.netLots(account, in.id);
                if (Math.abs(after) != Math.abs(net) - lots) {
                    // The market took less than the chunk: the rest waits for the next time tick.
                    break;
                }
                net = after;
            }
        }
        feed.closingOut(0);
    }
}
