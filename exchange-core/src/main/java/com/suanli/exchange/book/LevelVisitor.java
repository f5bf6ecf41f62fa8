package com.suanli.exchange.book;

/** Sees the price levels of one side of a book, one at a time, as {@link OrderBook#walkLevels} hands them over. */
@FunctionalInterface
public interface LevelVisitor {

    /**
     * @param openQuantity the level's whole open quantity, hidden iceberg reserve included
     * @return true to go on to the next, worse level; false to stop the walk here
     */
    boolean level(long price, long openQuantity);
}
