package com.suanli.exchange.engine;

import com.suanli.exchange.engine.event.CancelReason;

/**
 * What the engine is doing with a book right now, so that the book's callbacks can be told
 * apart: why plain cancellations happen, whether a removal is only part of a move, whether an
 * order is being tried within the price band, whether the book is uncrossing an auction, and
 * which order is being handed over (callbacks about it need no lookup). The book's callbacks
 * carry no context of their own, so each field is set just before the book call it describes and
 * reset right after; nothing in between can throw, as every command is checked whole before its
 * first event and the listing bounds keep the book's arithmetic and price range safe.
 */
final class BookStep {
    /** Why the book's plain cancellations in the current step happen. */
    CancelReason cancelReason = CancelReason.USER;
    /** The book's removal is part of an amendment, not the order's end. */
    boolean swallowRemoval;
    /** The order being tried within the price band, and the remainder the band left. */
    Order probe;
    long probeRemainder;
    boolean uncrossing;
    Order active;
}
