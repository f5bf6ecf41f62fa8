package com.suanli.desk.ui.replay;

import com.suanli.desk.ui.text.Texts;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.marketdata.Bar;
import com.suanli.exchange.marketdata.BestBidOffer;
import com.suanli.exchange.marketdata.DepthLevel;
import com.suanli.exchange.marketdata.DepthSnapshot;
import com.suanli.sessions.record.ReplayCursor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the replayed market off the cursor's engine, on the replay worker. */
final class MarketPictures {

    /** Levels a side of the ladder shows. */
    static final int LEVELS = 10;
    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);

    private MarketPictures() {
    }

    /** @param chosen the contract whose ladder is read, or -1 for none */
    static MarketPicture of(ReplayCursor cursor, int chosen) {
        Engine engine = cursor.engine();
        LocalDate today = day(cursor.time());
        List<ReplayRow> rows = new ArrayList<>();
        List<LadderLevel> ladder = new ArrayList<>();
        for (ContractSpec spec : cursor.listing().contracts()) {
            int id = spec.instrumentId();
            BestBidOffer top = engine.bestBidOffer(id);
            long last = engine.lastTradePrice(id);
            rows.add(new ReplayRow(id, spec.symbol(), Texts.term(engine.session(id)),
                    top.hasBid() ? Optional.of(spec.toPrice(top.bidPrice())) : Optional.empty(), top.bidQuantity(),
                    top.hasAsk() ? Optional.of(spec.toPrice(top.askPrice())) : Optional.empty(), top.askQuantity(),
                    last > 0 ? Optional.of(spec.toPrice(last)) : Optional.empty(), volumeOn(engine.dailyBars(id), today)));
            if (id == chosen) {
                DepthSnapshot depth = engine.depth(id, LEVELS);
                for (int i = depth.asks().size() - 1; i >= 0; i--) {
                    DepthLevel ask = depth.asks().get(i);
                    ladder.add(new LadderLevel(spec.toPrice(ask.price()), 0, ask.quantity()));
                }
                for (DepthLevel bid : depth.bids()) {
                    ladder.add(new LadderLevel(spec.toPrice(bid.price()), bid.quantity(), 0));
                }
            }
        }
        return new MarketPicture(cursor.time(), cursor.applied(), rows, chosen, ladder);
    }

    /** The lots of the daily bar of {@code day} (bars are days in China Standard Time). */
    private static long volumeOn(List<Bar> bars, LocalDate day) {
        for (int i = bars.size() - 1; i >= 0; i--) {
            if (day(bars.get(i).startMillis()).equals(day)) {
                return bars.get(i).volume();
            }
        }
        return 0;
    }

    static LocalDate day(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atOffset(SHANGHAI).toLocalDate();
    }
}
