package com.suanli.sessions.realism;

import com.suanli.sessions.report.SessionReport;
import com.suanli.sessions.report.SessionReport.ContractReport;
import com.suanli.sessions.report.SessionReport.Fixing;
import com.suanli.sessions.report.SessionReport.IndexReport;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a future that expired in the session met its index. A cash-settled future's final price is
 * the average of its product and hub's daily index over its delivery month, which trades no more
 * after the business day before that month; so the question is how well its last settlement (the
 * market's last word) foretold that average, and whether the final price is the average of the
 * fixings the session published (recomputed here from the report, independently of the clearing
 * house). For a physically delivered future the final price is its last settlement and the index
 * average is absent.
 *
 * @param symbol the future
 * @param lastSettlement its settlement price on its last trading day, CNY
 * @param finalPrice its final price at expiry, CNY
 * @param method how the final price was set
 * @param indexAverage the mean of the index fixings over its delivery month (cash-settled futures)
 */
public record ExpiryConvergence(String symbol, BigDecimal lastSettlement, BigDecimal finalPrice, String method,
                                Optional<BigDecimal> indexAverage) {

    private static final double BPS = 10_000.0;

    /** The futures that expired in {@code report}, in listing order. */
    public static List<ExpiryConvergence> of(SessionReport report) {
        List<ExpiryConvergence> expired = new ArrayList<>();
        for (ContractReport contract : report.contracts()) {
            if (contract.finalPrice().isEmpty() || contract.settlements().isEmpty()) {
                continue;
            }
            Fixing last = contract.settlements().get(contract.settlements().size() - 1);
            Fixing fin = contract.finalPrice().get();
            YearMonth deliveryMonth = YearMonth.from(fin.day().minusMonths(1));
            Optional<BigDecimal> average = "INDEX_MONTH_AVERAGE".equals(fin.method())
                    ? monthAverage(report, contract.product(), contract.hub(), deliveryMonth) : Optional.empty();
            expired.add(new ExpiryConvergence(contract.symbol(), last.price(), fin.price(), fin.method(), average));
        }
        return expired;
    }

    /** How far the last settlement was from the final price, bp of the final price. */
    public double lastSettlementErrorBps() {
        return (lastSettlement.doubleValue() - finalPrice.doubleValue()) * BPS / finalPrice.doubleValue();
    }

    private static Optional<BigDecimal> monthAverage(SessionReport report, String product, String hub, YearMonth month) {
        for (IndexReport index : report.indices()) {
            if (index.product().equals(product) && index.hub().equals(hub)) {
                List<BigDecimal> fixings = index.fixings().stream().filter(f -> YearMonth.from(f.day()).equals(month))
                        .map(Fixing::price).toList();
                return fixings.isEmpty() ? Optional.empty() : Optional.of(fixings.stream().reduce(BigDecimal.ZERO,
                        BigDecimal::add).divide(BigDecimal.valueOf(fixings.size()), MathContext.DECIMAL64));
            }
        }
        return Optional.empty();
    }
}
