package com.suanli.sessions.config;

/**
 * How the session's clearing house is set up.
 *
 * @param initialMarginBps initial margin as bp of maintenance, 10,000 to 100,000
 * @param scanRangeBps a contract's SPAN scan range as bp of its reference notional, 1 to 10,000
 * @param hubCreditBps the inter-commodity credit between two hubs of one product, 0 to 10,000
 * @param calendarChargeBps the calendar spread charge within a hub, bp of the first month's notional
 * @param makerFeePerLot fen per lot; negative is a rebate, at most the taker fee in size
 * @param takerFeePerLot fen per lot, &gt;= 0
 * @param closingWindowMinutes the settlement window before the close
 * @param settlementMinimumLots the lots the window needs to settle at its VWAP
 * @param settlementMaximumSpreadTicks the widest closing spread whose mid may settle
 * @param indexMinimumLots the spot lots a day needs to fix the index from trades
 * @param indexMinimumTrades the spot trades a day needs to fix the index from trades
 */
public record ClearingTerms(int initialMarginBps, int scanRangeBps, int hubCreditBps, int calendarChargeBps,
                            long makerFeePerLot, long takerFeePerLot, int closingWindowMinutes,
                            long settlementMinimumLots, long settlementMaximumSpreadTicks, long indexMinimumLots,
                            int indexMinimumTrades) {

    public ClearingTerms {
        Require.between("initialMarginBps", initialMarginBps, 10_000, 100_000);
        Require.between("scanRangeBps", scanRangeBps, 1, 10_000);
        Require.between("hubCreditBps", hubCreditBps, 0, 10_000);
        Require.between("calendarChargeBps", calendarChargeBps, 0, 10_000);
        Require.between("takerFeePerLot", takerFeePerLot, 0, 1_000_000);
        Require.between("makerFeePerLot", makerFeePerLot, -takerFeePerLot, 1_000_000);
        Require.between("closingWindowMinutes", closingWindowMinutes, 1, 24 * 60);
        Require.between("settlementMinimumLots", settlementMinimumLots, 1, 1_000_000);
        Require.between("settlementMaximumSpreadTicks", settlementMaximumSpreadTicks, 0, 1_000_000);
        Require.between("indexMinimumLots", indexMinimumLots, 1, 1_000_000);
        Require.between("indexMinimumTrades", indexMinimumTrades, 1, 1_000_000);
    }
}
