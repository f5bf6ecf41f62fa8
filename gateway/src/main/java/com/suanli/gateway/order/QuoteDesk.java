package com.suanli.gateway.order;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.MassQuote;
import com.suanli.exchange.engine.command.QuoteSides;
import com.suanli.exchange.engine.event.QuoteAccepted;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.gateway.entry.OrderEntry;
import com.suanli.gateway.entry.StampedCommand;
import com.suanli.gateway.fix.FixValues;
import com.suanli.gateway.fix.Outbox;
import com.suanli.gateway.fix.TraderSession;
import com.suanli.data.firm.UserRole;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import quickfix.FieldNotFound;
import quickfix.Group;
import quickfix.Message;
import quickfix.field.BidPx;
import quickfix.field.BidSize;
import quickfix.field.NoQuoteEntries;
import quickfix.field.NoQuoteSets;
import quickfix.field.NoRelatedSym;
import quickfix.field.OfferPx;
import quickfix.field.OfferSize;
import quickfix.field.QuoteEntryID;
import quickfix.field.QuoteID;
import quickfix.field.QuoteRejectReason;
import quickfix.field.QuoteReqID;
import quickfix.field.QuoteRequestRejectReason;
import quickfix.field.QuoteStatus;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.fix44.MassQuoteAcknowledgement;
import quickfix.fix44.QuoteRequestReject;

/**
 * Market makers through FIX (docs/FIX.md, "Quotes"): a MassQuote (35=i) becomes one engine mass quote, all
 * or nothing, answered by a MassQuoteAcknowledgement (35=b); its sides then trade as orders of the quoting
 * session, reported by ExecutionReports whose ClOrdID is the QuoteEntryID with {@code -B} or {@code -S}. A
 * QuoteRequest (35=R) is passed on to every other logged-on session that may trade, which answers with quotes.
 */
public final class QuoteDesk {

    private record Quoted(long account, int instrumentId) {
    }

    private record Quoter(TraderSession session, ContractSpec contract, String entryId) {
    }

    private final OrderEntry entry;
    private final Outbox outbox;
    private final OrderDesk orders;
    private final Executor acks;
    private final Supplier<Collection<TraderSession>> sessions;
    private final Map<Quoted, Quoter> quoters = new HashMap<>();

    public QuoteDesk(OrderEntry entry, Outbox outbox, OrderDesk orders, Executor acks,
                     Supplier<Collection<TraderSession>> sessions) {
        this.entry = entry;
        this.outbox = outbox;
        this.orders = orders;
        this.acks = acks;
        this.sessions = sessions;
    }

    public void massQuote(TraderSession trader, Message quote) throws FieldNotFound {
        String quoteId = quote.getString(QuoteID.FIELD);
        MassQuoteAcknowledgement ack = new MassQuoteAcknowledgement();
        ack.setString(QuoteID.FIELD, quoteId);
        try {
            long account = OrderDesk.account(trader, quote);
            List<QuoteSides> sides = new ArrayList<>();
            Map<Quoted, Quoter> named = new HashMap<>();
            for (Group set : quote.getGroups(NoQuoteSets.FIELD)) {
                for (Group side : set.getGroups(NoQuoteEntries.FIELD)) {
                    String symbol = side.getString(Symbol.FIELD);
                    ContractSpec contract = entry.catalogue().find(symbol).orElseThrow(() -> new Refused(1,
                            "Symbol(55): '" + symbol + "' is not listed"));
                    sides.add(new QuoteSides(contract.instrumentId(), price(side, BidPx.FIELD, contract),
                            size(side, BidSize.FIELD), price(side, OfferPx.FIELD, contract), size(side, OfferSize.FIELD)));
                    named.put(new Quoted(account, contract.instrumentId()),
                            new Quoter(trader, contract, side.getString(QuoteEntryID.FIELD)));
                }
            }
            StampedCommand command = t -> new MassQuote(t, account, sides);
            OrderDesk.permit(trader, command, 9);
            synchronized (quoters) {
                quoters.putAll(named);
            }
            entry.submit(command).whenCompleteAsync((acknowledged, failure) -> {
                String refusal = failure != null ? "the exchange did not take it: " + failure.getMessage()
                        : acknowledged.reason().orElse(null);
                if (refusal == null) {
                    ack.setInt(QuoteStatus.FIELD, 0);
                } else {
                    ack.setInt(QuoteStatus.FIELD, 5);
                    ack.setInt(QuoteRejectReason.FIELD, failure != null ? Rejections.OTHER
                            : Rejections.quoteRejectReason(acknowledged.rejection().reason()));
                    ack.setString(Text.FIELD, refusal);
                }
                outbox.send(trader.id(), ack);
            }, acks);
        } catch (Refused refused) {
            ack.setInt(QuoteStatus.FIELD, 5);
            ack.setInt(QuoteRejectReason.FIELD, refused.code());
            ack.setString(Text.FIELD, refused.getMessage());
            outbox.send(trader.id(), ack);
        }
    }

    /** Passes a request for quotes on to the sessions that may answer it; an unknown symbol is refused. */
    public void quoteRequest(TraderSession trader, Message request) throws FieldNotFound {
        String requestId = request.getString(QuoteReqID.FIELD);
        for (Group related : request.getGroups(NoRelatedSym.FIELD)) {
            String symbol = related.getString(Symbol.FIELD);
            if (entry.catalogue().find(symbol).isEmpty()) {
                refuseRequest(trader, requestId, symbol, 1, "Symbol(55): '" + symbol + "' is not listed");
                return;
            }
        }
        if (trader.user().role() == UserRole.RISK_OFFICER) {
            refuseRequest(trader, requestId, request.getGroups(NoRelatedSym.FIELD).get(0).getString(Symbol.FIELD), 6,
                    trader.user().named() + " may not request quotes: a risk officer sends no order, quote or cancel");
            return;
        }
        for (TraderSession other : sessions.get()) {
            if (!other.id().equals(trader.id()) && other.user().role() != UserRole.RISK_OFFICER) {
                outbox.send(other.id(), (Message) request.clone());
            }
        }
    }

    /** A quote the engine took: its sides become orders of the session that quoted them. */
    public void onQuoteAccepted(QuoteAccepted accepted) {
        Quoter quoter;
        synchronized (quoters) {
            quoter = quoters.get(new Quoted(accepted.account(), accepted.instrumentId()));
        }
        if (quoter == null) {
            return;
        }
        if (accepted.bidOrderId() != 0) {
            orders.adoptQuoteSide(quoter.session().id(), quoter.contract(), quoter.entryId() + "-B", accepted.account(),
                    accepted.bidOrderId(), Side.BID, accepted.bidPrice(), accepted.bidQuantity());
        }
        if (accepted.askOrderId() != 0) {
            orders.adoptQuoteSide(quoter.session().id(), quoter.contract(), quoter.entryId() + "-S", accepted.account(),
                    accepted.askOrderId(), Side.ASK, accepted.askPrice(), accepted.askQuantity());
        }
    }

    private void refuseRequest(TraderSession trader, String requestId, String symbol, int reason, String text) {
        QuoteRequestReject reject = new QuoteRequestReject();
        reject.setString(QuoteReqID.FIELD, requestId);
        reject.setInt(QuoteRequestRejectReason.FIELD, reason);
        QuoteRequestReject.NoRelatedSym related = new QuoteRequestReject.NoRelatedSym();
        related.setString(Symbol.FIELD, symbol);
        reject.addGroup(related);
        reject.setString(Text.FIELD, text);
        outbox.send(trader.id(), reject);
    }

    private static long price(Group side, int tag, ContractSpec contract) throws FieldNotFound, Refused {
        if (!side.isSetField(tag)) {
            return 0;
        }
        try {
            return FixValues.ticks(side, tag, contract);
        } catch (IllegalArgumentException e) {
            throw new Refused(8, e.getMessage());
        }
    }

    /** A side's size: absent or 0 leaves that side unquoted. */
    private static long size(Group side, int tag) throws FieldNotFound, Refused {
        if (!side.isSetField(tag)) {
            return 0;
        }
        BigDecimal size = side.getDecimal(tag);
        if (size.signum() < 0 || size.stripTrailingZeros().scale() > 0) {
            throw new Refused(Rejections.OTHER, (tag == BidSize.FIELD ? "BidSize(134)" : "OfferSize(135)")
                    + ": must be a whole number of lots, 0 or more, was " + size.toPlainString());
        }
        return size.longValueExact();
    }
}
