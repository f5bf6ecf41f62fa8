package com.suanli.desk.ui.ticket;

import com.suanli.exchange.listing.ContractSpec;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads what the trader typed into a ticket, refusing with the field's label and what was wrong. */
final class TicketParser {

    static final DateTimeFormatter EXPIRY_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TicketParser() {
    }

    /** Whole lots, at least {@code minimum}, at most the contract's order limit. */
    static long lots(TicketField field, String text, long minimum, ContractSpec contract) {
        String typed = typed(field, text);
        long lots;
        try {
            lots = Long.parseLong(typed);
        } catch (NumberFormatException notWhole) {
            throw new TicketProblem(field, "must be a whole number of lots, was '" + typed + "'");
        }
        if (lots < minimum) {
            throw new TicketProblem(field, "must be at least " + minimum + (minimum == 1 ? " lot" : " lots")
                    + ", was " + lots);
        }
        if (lots > contract.maxOrderLots()) {
            throw new TicketProblem(field, "at most " + contract.maxOrderLots() + " lots for " + contract.symbol()
                    + ", was " + lots);
        }
        return lots;
    }

    /** A price in CNY per unit, on the contract's tick, as ticks. */
    static long price(TicketField field, String text, ContractSpec contract) {
        String typed = typed(field, text);
        BigDecimal price;
        try {
            price = new BigDecimal(typed);
        } catch (NumberFormatException notNumber) {
            throw new TicketProblem(field, "must be a price in CNY per unit, was '" + typed + "'");
        }
        if (price.signum() <= 0) {
            throw new TicketProblem(field, "must be above zero, was " + typed);
        }
        if (price.remainder(contract.tickSize()).signum() != 0) {
            throw new TicketProblem(field, typed + " is not a multiple of the tick " + contract.tickSize().toPlainString()
                    + " of " + contract.symbol());
        }
        try {
            return price.divide(contract.tickSize()).longValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new TicketProblem(field, typed + " is beyond any price the exchange takes");
        }
    }

    /** Whole ticks, at least one. */
    static long ticks(TicketField field, String text) {
        String typed = typed(field, text);
        try {
            long ticks = Long.parseLong(typed);
            if (ticks >= 1) {
                return ticks;
            }
        } catch (NumberFormatException notWhole) {
            // Refused below, with the same words as a number below one.
        }
        throw new TicketProblem(field, "must be a whole number of ticks, at least 1, was '" + typed + "'");
    }

    /** A time in the exchange's zone, as epoch milliseconds. */
    static long time(TicketField field, String text, ZoneId zone) {
        String typed = typed(field, text);
        try {
            return LocalDateTime.parse(typed, EXPIRY_FORMAT).atZone(zone).toInstant().toEpochMilli();
        } catch (DateTimeParseException notTime) {
            throw new TicketProblem(field, "must be a time as yyyy-MM-dd HH:mm, was '" + typed + "'");
        }
    }

    private static String typed(TicketField field, String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            throw new TicketProblem(field, "required");
        }
        return typed;
    }
}
