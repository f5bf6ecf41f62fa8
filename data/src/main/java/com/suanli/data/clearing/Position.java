package com.suanli.data.clearing;

/**
 * An account's net position in an instrument.
 *
 * @param netLots + long, - short
 * @param asOfSequence the engine sequence of the last trade counted in it
 */
public record Position(long account, int instrumentId, long netLots, long asOfSequence) {
}
