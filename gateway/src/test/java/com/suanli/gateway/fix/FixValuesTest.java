package com.suanli.gateway.fix;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.exchange.listing.ContractSpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import quickfix.field.converter.UtcTimestampConverter;

/**
 * Timestamps and prices written digit by digit must be the text a {@link DateTimeFormatter} and
 * {@code BigDecimal.toPlainString} write for the same instant and price; timestamps read digit by digit the value
 * QuickFIX/J reads.
 */
class FixValuesTest {

    private static final DateTimeFormatter FIX = DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    @Test
    void aTimestampIsTheFormattersTextAcrossMidnightAndAlternatingDays() {
        long midnight = Instant.parse("2026-12-04T00:00:00Z").toEpochMilli();
        long[] edges = {midnight - 1, midnight, midnight + 1, midnight + 86_399_999L, 0, -1, 951_782_400_000L};
        for (long millis : edges) {
            assertThat(FixValues.timestamp(millis)).as("%d", millis).isEqualTo(FIX.format(Instant.ofEpochMilli(millis)));
        }
        SplittableRandom random = new SplittableRandom(16);
        for (int i = 0; i < 10_000; i++) {
            long millis = midnight + random.nextLong(-3 * 86_400_000L, 3 * 86_400_000L);
            assertThat(FixValues.timestamp(millis)).as("%d", millis).isEqualTo(FIX.format(Instant.ofEpochMilli(millis)));
        }
    }

    @Test
    void theSameMillisecondAskedAgainIsTheSameText() {
        long millis = Instant.parse("2026-12-04T06:30:01.234Z").toEpochMilli();

        assertThat(FixValues.timestamp(millis)).isSameAs(FixValues.timestamp(millis)).isEqualTo("20261204-06:30:01.234");
    }

    @Test
    void aTimestampReadFromItsDigitsIsQuickFixJsValueInEveryPrecision() throws Exception {
        SplittableRandom random = new SplittableRandom(44);
        DateTimeFormatter[] precisions = {DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss"),
                DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss.SSS"),
                DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss.SSSSSS"),
                DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss.SSSSSSSSS")};
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L), random.nextInt(1_000_000_000));
            String text = precisions[i % precisions.length].format(instant.atOffset(ZoneOffset.UTC));
            assertThat(FixValues.utcTimestamp(text)).as(text)
                    .isEqualTo(UtcTimestampConverter.convertToLocalDateTime(text));
        }
    }

    @Test
    void aTimestampNotInThePlainShapeIsLeftToQuickFixJ() {
        for (String text : new String[] {"", "20261204", "20261204-06:30:01.2", "20261204-06:30:01.2345",
                "20261304-06:30:01", "20261204-24:00:00", "20261231-23:59:60", "2026120x-06:30:01",
                "20261204 06:30:01", "20261204-06:30:01,234", "20261204-06:30:01.23a", "+2026204-06:30:01"}) {
            assertThat(FixValues.utcTimestamp(text)).as(text).isNull();
        }
    }

    @Test
    void aPriceIsTheDecimalsPlainTextForEveryTickSize() {
        ContractSpec listed = CatalogueJson.readDefault().contracts().get(0);
        long[] ticks = {1, 7, 10, 99, 100, 101, 123_456, ContractSpec.MAX_PRICE_TICKS, -3, -250};
        for (String tickSize : new String[] {"0.01", "0.5", "0.25", "1", "5", "10", "0.0001", "0.125", "1E+2"}) {
            ContractSpec contract = withTick(listed, new BigDecimal(tickSize));
            for (long tick : ticks) {
                assertThat(FixValues.appendPrice(new StringBuilder("44="), contract, tick).toString())
                        .as("%s x %d", tickSize, tick)
                        .isEqualTo("44=" + FixValues.price(contract, tick).toPlainString());
            }
        }
    }

    private static ContractSpec withTick(ContractSpec c, BigDecimal tickSize) {
        return new ContractSpec(c.instrumentId(), c.symbol(), c.product(), c.hub(), c.green(), c.kind(),
                c.deliveryMonth(), c.settlement(), c.contractSize(), tickSize, c.lotSize(), c.maxOrderLots(),
                c.priceBandBps(), c.referencePriceTicks(), c.firstTradingDay(), c.lastTradingDay(), c.expiry());
    }
}
