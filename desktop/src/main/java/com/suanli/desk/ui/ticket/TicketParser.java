package com.suanli.desk.ui.ticket;

import com.suanli.desk.ui.form.Fields;
import com.suanli.desk.ui.text.Texts;
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
            throw new TicketProblem(field, Texts.format("ticket.lots-whole", typed));
        }
        if (lots < minimum) {
            throw new TicketProblem(field, Texts.format("ticket.lots-minimum", minimum, lots));
        }
        if (lots > contract.maxOrderLots()) {
            throw new TicketProblem(field, Texts.format("ticket.lots-maximum", contract.maxOrderLots(),
                    contract.symbol(), lots));
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
            throw new TicketProblem(field, Texts.format("ticket.price-number", typed));
        }
        if (price.signum() <= 0) {
            throw new TicketProblem(field, Texts.format("ticket.price-positive", typed));
        }
        if (price.remainder(contract.tickSize()).signum() != 0) {
            throw new TicketProblem(field, Texts.format("ticket.price-off-tick", typed,
                    contract.tickSize().toPlainString(), contract.symbol()));
        }
        try {
            return price.divide(contract.tickSize()).longValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new TicketProblem(field, Texts.format("ticket.price-too-large", typed));
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
        throw new TicketProblem(field, Texts.format("ticket.ticks", typed));
    }

    /** A time in the exchange's zone, as epoch milliseconds. */
    static long time(TicketField field, String text, ZoneId zone) {
        String typed = typed(field, text);
        try {
            return LocalDateTime.parse(typed, EXPIRY_FORMAT).atZone(zone).toInstant().toEpochMilli();
        } catch (DateTimeParseException notTime) {
            throw new TicketProblem(field, Texts.format("ticket.time", typed));
        }
    }

    private static String typed(TicketField field, String text) {
        String typed = text == null ? "" : Fields.ascii(text).strip();
        if (typed.isEmpty()) {
            throw new TicketProblem(field, Texts.get("ticket.required"));
        }
        return typed;
    }
}
