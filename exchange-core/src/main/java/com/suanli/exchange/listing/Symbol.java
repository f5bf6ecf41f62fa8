package com.suanli.exchange.listing;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A contract symbol, readable at a glance: {@code <PRODUCT>-<HUB>[-G]-<SPOT|yyyyMmm>}, for example
 * {@code H100-YRD-2027M03} (H100 GPU-hours in the Yangtze River Delta, delivered over March 2027)
 * or {@code H100-GZ-G-SPOT} (green-powered H100 in Guizhou, delivered tomorrow).
 * See {@code docs/SYMBOLS.md}.
 *
 * @param productCode the {@link ComputeProduct#code()}
 * @param hub the hub the capacity is delivered in
 * @param green whether the capacity is certified renewable-powered
 * @param kind spot or future
 * @param deliveryMonth the delivery month of a future; null for spot
 */
public record Symbol(String productCode, Hub hub, boolean green, ContractKind kind, YearMonth deliveryMonth) {

    private static final String GREEN_MARK = "G";
    private static final String SPOT = "SPOT";

    public Symbol {
        ComputeProduct.requireCode(productCode);
        Objects.requireNonNull(hub, "hub");
        Objects.requireNonNull(kind, "kind");
        if (kind == ContractKind.SPOT && deliveryMonth != null) {
            throw new IllegalArgumentException("deliveryMonth: must be null for spot, was " + deliveryMonth);
        }
        if (kind == ContractKind.FUTURE) {
            if (deliveryMonth == null) {
                throw new IllegalArgumentException("deliveryMonth: required for a future");
            }
            if (deliveryMonth.getYear() < 1000 || deliveryMonth.getYear() > 9999) {
                throw new IllegalArgumentException("deliveryMonth: year must have four digits, was " + deliveryMonth);
            }
        }
    }

    public static Symbol spot(String productCode, Hub hub, boolean green) {
        return new Symbol(productCode, hub, green, ContractKind.SPOT, null);
    }

    public static Symbol future(String productCode, Hub hub, boolean green, YearMonth deliveryMonth) {
        return new Symbol(productCode, hub, green, ContractKind.FUTURE, deliveryMonth);
    }

    /**
     * Reads a symbol.
     * @throws IllegalArgumentException naming the symbol, the part that is wrong and why
     */
    public static Symbol parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("symbol: must not be empty");
        }
        String[] parts = text.split("-", -1);
        if (parts.length != 3 && parts.length != 4) {
            throw invalid(text, "expected <PRODUCT>-<HUB>[-G]-<SPOT|yyyyMmm>, found " + parts.length + " parts");
        }
        if (parts.length == 4 && !GREEN_MARK.equals(parts[2])) {
            throw invalid(text, "third part must be the green mark 'G', was '" + parts[2] + "'");
        }
        try {
            ComputeProduct.requireCode(parts[0]);
        } catch (IllegalArgumentException e) {
            throw invalid(text, "product " + e.getMessage());
        }
        Hub hub;
        try {
            hub = Hub.ofCode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw invalid(text, e.getMessage());
        }
        boolean green = parts.length == 4;
        String delivery = parts[parts.length - 1];
        if (SPOT.equals(delivery)) {
            return spot(parts[0], hub, green);
        }
        return future(parts[0], hub, green, parseMonth(text, delivery));
    }

    private static YearMonth parseMonth(String text, String delivery) {
        if (delivery.length() != 7 || delivery.charAt(4) != 'M' || !allDigits(delivery, 0, 4) || !allDigits(delivery, 5, 7)) {
            throw invalid(text, "delivery must be SPOT or yyyyMmm (e.g. 2027M03), was '" + delivery + "'");
        }
        int month = Integer.parseInt(delivery.substring(5));
        if (month < 1 || month > 12) {
            throw invalid(text, "delivery month must be 01 to 12, was " + delivery.substring(5));
        }
        return YearMonth.of(Integer.parseInt(delivery.substring(0, 4)), month);
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException invalid(String text, String reason) {
        return new IllegalArgumentException("symbol '" + text + "': " + reason);
    }

    /** The symbol text, e.g. {@code H100-GZ-G-2027M03}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(24).append(productCode).append('-').append(hub.code());
        if (green) {
            text.append('-').append(GREEN_MARK);
        }
        text.append('-');
        if (kind == ContractKind.SPOT) {
            text.append(SPOT);
        } else {
            text.append(deliveryMonth.getYear()).append('M');
            if (deliveryMonth.getMonthValue() < 10) {
                text.append('0');
            }
            text.append(deliveryMonth.getMonthValue());
        }
        return text.toString();
    }
}
