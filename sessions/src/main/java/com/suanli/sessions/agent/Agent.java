package com.suanli.sessions.agent;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.TradeExecuted;
import java.util.SplittableRandom;

/**
 * What every agent has: its account, its own generator, how often it wakes, the most lots it holds
 * in one contract, and its positions, kept from its own fills in the event stream.
 */
public abstract class Agent {

    private final long account;
    private final AccountKind kind;
    private final double wakesPerDay;
    protected final long maxLots;
    protected final SplittableRandom random;
    private final long[] positions;
    private long clientOrderId;

    protected Agent(AgentSetup setup, AccountKind kind) {
        this.account = setup.account();
        this.kind = kind;
        this.wakesPerDay = setup.wakesPerDay();
        this.maxLots = setup.maxLots();
        this.random = setup.random();
        this.positions = new long[setup.maxInstrumentId() + 1];
    }

    /** Acts on what it sees now, by submitting commands to {@code port}. */
    public abstract void act(AgentContext context, CommandPort port);

    /**
     * Whether the agent wakes in a step of a day of {@code stepsPerDay} steps (at most once a step), its wake
     * rate scaled by the market's {@code activity} (one on average) if it {@link #followsActivity() follows it}.
     */
    public boolean wakes(int stepsPerDay, double activity) {
        return random.nextDouble() * stepsPerDay < (followsActivity() ? wakesPerDay * activity : wakesPerDay);
    }

    /**
     * Whether its pace follows the market's activity. Only the noise traders' does: the flow of orders for
     * reasons of their own comes in busy and quiet hours, while the makers, the hedgers on their schedules and
     * the traders with a view keep their pace.
     */
    protected boolean followsActivity() {
        return false;
    }

    /** An event of this agent's own account. */
    public void onOwnEvent(ExchangeEvent event) {
        if (event instanceof TradeExecuted t) {
            if (t.buyAccount() == account) {
                positions[t.instrumentId()] += t.quantity();
            }
            if (t.sellAccount() == account) {
                positions[t.instrumentId()] -= t.quantity();
            }
        }
    }

    public long account() {
        return account;
    }

    public AccountKind kind() {
        return kind;
    }

    /** Net lots held in the contract, long positive, as this agent's fills add up. */
    public long position(int instrumentId) {
        return positions[instrumentId];
    }

    /** Lots this agent may still buy (BID) or sell (ASK) in the contract within its limit. */
    protected long room(int instrumentId, Side side) {
        long held = positions[instrumentId];
        return Math.max(0, side == Side.BID ? maxLots - held : maxLots + held);
    }

    /** An immediate-or-cancel limit order of at most {@code lots}, within the limit; nothing if no room. */
    protected void takeAt(AgentContext context, CommandPort port, int instrumentId, Side side, long price, long lots) {
        submitLimit(context, port, instrumentId, side, price, lots, TimeInForce.IOC);
    }

    /** A limit order resting until the close, within the limit; nothing if no room. */
    protected void restAt(AgentContext context, CommandPort port, int instrumentId, Side side, long price, long lots) {
        submitLimit(context, port, instrumentId, side, price, lots, TimeInForce.DAY);
    }

    private void submitLimit(AgentContext context, CommandPort port, int instrumentId, Side side, long price, long lots,
                             TimeInForce timeInForce) {
        long quantity = Math.min(lots, room(instrumentId, side));
        if (quantity <= 0 || price <= 0) {
            return;
        }
        port.submit(PlaceOrder.limit(context.time(), account, ++clientOrderId, instrumentId, side,
                context.market().withinBand(instrumentId, price), quantity, timeInForce));
    }
}
