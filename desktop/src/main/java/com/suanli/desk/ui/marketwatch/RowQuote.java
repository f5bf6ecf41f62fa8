package com.suanli.desk.ui.marketwatch;

import com.suanli.exchange.book.OrderBook;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.marketdata.BestBidOffer;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * An instrument's live market as the market watch writes it: lots and CNY prices at the tick's scale, the change
 * signed ({@code +0.12}, {@code -0.05}), blank where a side is empty, nothing has traded (today, for the volume),
 * nothing is open, the contract never settled or its index was never fixed.
 */
public record RowQuote(String bidQuantity, String bid, String ask, String askQuantity, String last,
                       String lastQuantity, String change, String volume, String openInterest, String settlement,
                       String index) {

    static final RowQuote EMPTY = new RowQuote("", "", "", "", "", "", "", "", "", "", "");

    static RowQuote of(ContractSpec contract, Optional<BestBidOffer> top, Optional<QuoteSource.LastPrint> last,
                       Optional<BigDecimal> change, long volume, long openInterest, Optional<BigDecimal> settlement,
                       Optional<BigDecimal> index) {
        String bidQuantity = "";
        String bid = "";
        String ask = "";
        String askQuantity = "";
        if (top.isPresent()) {
            BestBidOffer book = top.get();
            if (book.bidPrice() != OrderBook.NO_PRICE) {
                bidQuantity = Long.toString(book.bidQuantity());
                bid = price(contract, book.bidPrice());
            }
            if (book.askPrice() != OrderBook.NO_PRICE) {
                ask = price(contract, book.askPrice());
                askQuantity = Long.toString(book.askQuantity());
            }
        }
        return new RowQuote(bidQuantity, bid, ask, askQuantity,
                last.map(print -> price(contract, print.price())).orElse(""),
                last.map(print -> Long.toString(print.quantity())).orElse(""),
                change.map(RowQuote::signed).orElse(""), lots(volume), lots(openInterest),
                settlement.map(BigDecimal::toPlainString).orElse(""), index.map(BigDecimal::toPlainString).orElse(""));
    }

    /** {@code +0.12}, {@code -0.05}, {@code 0.00}: a change says its direction. */
    private static String signed(BigDecimal change) {
        return change.signum() > 0 ? "+" + change.toPlainString() : change.toPlainString();
    }

    private static String lots(long lots) {
        return lots == 0 ? "" : Long.toString(lots);
    }

    private static String price(ContractSpec contract, long ticks) {
        return contract.toPrice(ticks).toPlainString();
    }
}
