package com.suanli.desk.ui.chart;

import com.suanli.exchange.listing.ContractSpec;
import io.fair_acc.dataset.spi.financial.api.attrs.AttributeModel;
import io.fair_acc.dataset.spi.financial.api.ohlcv.IOhlcv;
import io.fair_acc.dataset.spi.financial.api.ohlcv.IOhlcvItem;
import java.util.Date;
import java.util.Iterator;
import java.util.List;

/** The candles as ChartFX reads them: prices in CNY per unit at the contract's tick, volume in lots. */
final class CandleOhlcv implements IOhlcv {

    private final List<IOhlcvItem> items;
    private AttributeModel addon;

    CandleOhlcv(List<Candle> candles, ContractSpec contract) {
        this.items = candles.stream().<IOhlcvItem>map(candle -> new Item(candle, contract)).toList();
    }

    @Override
    public IOhlcvItem getOhlcvItem(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public Iterator<IOhlcvItem> iterator() {
        return items.iterator();
    }

    @Override
    public AttributeModel getAddon() {
        return addon;
    }

    @Override
    public AttributeModel getAddonOrCreate() {
        if (addon == null) {
            addon = new AttributeModel();
        }
        return addon;
    }

    private static final class Item implements IOhlcvItem {

        private final Candle candle;
        private final ContractSpec contract;
        private AttributeModel addon;

        Item(Candle candle, ContractSpec contract) {
            this.candle = candle;
            this.contract = contract;
        }

        @Override
        public Date getTimeStamp() {
            return new Date(candle.start());
        }

        @Override
        public double getOpen() {
            return price(candle.open());
        }

        @Override
        public double getHigh() {
            return price(candle.high());
        }

        @Override
        public double getLow() {
            return price(candle.low());
        }

        @Override
        public double getClose() {
            return price(candle.close());
        }

        @Override
        public double getVolume() {
            return candle.volume();
        }

        @Override
        public double getOpenInterest() {
            return 0;
        }

        @Override
        public AttributeModel getAddon() {
            return addon;
        }

        @Override
        public AttributeModel getAddonOrCreate() {
            if (addon == null) {
                addon = new AttributeModel();
            }
            return addon;
        }

        private double price(long ticks) {
            return contract.toPrice(ticks).doubleValue();
        }
    }
}
