package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.AccountOpened;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static com.suanli.exchange.clearing.ClearingFixtures.LISTINGS;
import static com.suanli.exchange.clearing.ClearingFixtures.MAR_GZ;
import static com.suanli.exchange.clearing.ClearingFixtures.MAR_NM;
import static com.suanli.exchange.clearing.ClearingFixtures.MAR_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.MAY_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The standard set-up over the clearing fixtures' contracts (H100 at YRD in three months with
 * spot, March at NM and GZ; a tick is 1,000 fen a lot), margins worked by hand from its
 * parameters: a 15% scan range, initial margin 110% of maintenance, the first three months one
 * tier, calendar spreads between tiers at 10% of the commodity's scan range, western hubs
 * credited 70% against each other.
 */
class ClearingSetupTest {

    private static final long BUYER = 100;
    private static final long SELLER = 101;
    private final ClearingFixtures.Recorder recorder = new ClearingFixtures.Recorder();
    private final ClearingHouse house = ClearingSetup.standard()
            .house(Catalogue.of(LISTINGS.stream().map(ClearingFixtures.Listing::spec).toList()), recorder.stream);
    private long tradeId;

    @Test
    void opens_the_four_house_accounts_of_the_exchange_firm() {
        assertThat(recorder.of(AccountOpened.class)).extracting(AccountOpened::account, AccountOpened::kind)
                .containsExactly(
                        tuple(ClearingSetup.FEE_ACCOUNT, AccountKind.FEE),
                        tuple(ClearingSetup.DEFAULT_FUND_ACCOUNT, AccountKind.DEFAULT_FUND),
                        tuple(ClearingSetup.CAPITAL_ACCOUNT, AccountKind.EXCHANGE_CAPITAL),
                        tuple(ClearingSetup.SETTLEMENT_ACCOUNT, AccountKind.SETTLEMENT));
    }

    @Test
    void an_outright_future_margins_its_scan_range_plus_ten_percent() {
        fundBothSides();
        trade(MAR_YRD, 2_100, 1);
        // Scan range 15% of 2,100 ticks x 1,000 fen = 315,000; initial 110% = 346,500.
        assertThat(house.maintenanceMargin(BUYER)).isEqualTo(315_000);
        assertThat(house.initialMargin(BUYER)).isEqualTo(346_500);
    }

    @Test
    void a_calendar_spread_across_the_tiers_margins_the_array_difference_plus_the_tier_charge() {
        fundBothSides();
        trade(MAR_YRD, 2_100, 1);
        trade(MAY_YRD, 2_000, -1);
        // March (tier 0: Feb-Apr) long, May (tier 1) short. Scan: 315,000 - 300,000 = 15,000 lost
        // when prices fall the whole range. Tier spread: 10% of the commodity's scan range, taken
        // from its first contract (February at 2,150: 322,500) = 32,250. 15,000 + 32,250 = 47,250.
        assertThat(house.maintenanceMargin(BUYER)).isEqualTo(47_250);
    }

    @Test
    void a_hub_spread_between_two_western_hubs_is_credited_seventy_percent() {
        fundBothSides();
        trade(MAR_NM, 1_620, 1);
        trade(MAR_GZ, 1_680, -1);
        // Outright: NM 243,000, GZ 252,000. One 1:1 spread; each leg's scanning risk is credited
        // 70%: 243,000 x 0.3 + 252,000 x 0.3 = 72,900 + 75,600 = 148,500.
        assertThat(house.maintenanceMargin(BUYER)).isEqualTo(148_500);
    }

    @Test
    void commodity_codes_name_product_and_hub() {
        assertThat(ClearingSetup.commodityCode("H100", Hub.NM)).isEqualTo("H100-NM");
    }

    @Test
    void parameters_out_of_range_are_refused_naming_the_field() {
        ClearingSetup standard = ClearingSetup.standard();
        assertThatThrownBy(() -> new ClearingSetup(standard.rules(), 0, 2, 1, 3, 500, 1_000, 7_000, 5_000))
                .hasMessageStartingWith("scanRangeBps: must be 1 to 10000, was 0");
        assertThatThrownBy(() -> new ClearingSetup(standard.rules(), 1_500, 2, 3, 3, 500, 1_000, 7_000, 5_000))
                .hasMessageStartingWith("makerRebateBps: must be at most takerFeeBps 2");
    }

    @Test
    void a_contract_clearing_cannot_take_fails_the_set_up_naming_it() {
        var spec = LISTINGS.get(0).spec();
        var halfFen = new ContractSpec(99, spec.symbol(), spec.product(), spec.hub(),
                spec.green(), spec.kind(), spec.deliveryMonth(), spec.settlement(), 1, new BigDecimal("0.001"),
                spec.lotSize(), spec.maxOrderLots(), spec.priceBandBps(), spec.referencePriceTicks(),
                spec.firstTradingDay(), spec.lastTradingDay(), spec.expiry());
        assertThatThrownBy(() -> ClearingSetup.standard().house(Catalogue.of(List.of(halfFen)), recorder.stream))
                .hasMessageContaining("clearing set-up refused: tickSize");
    }

    private void fundBothSides() {
        ClearingFixtures.member(house, 10, BUYER, AccountKind.TRADER, 10_000_000);
        ClearingFixtures.member(house, 20, SELLER, AccountKind.TRADER, 10_000_000);
    }

    /** {@code lots} > 0: the buyer buys; < 0: the buyer sells. */
    private void trade(int instrument, long price, long lots) {
        long buyer = lots > 0 ? BUYER : SELLER;
        long seller = lots > 0 ? SELLER : BUYER;
        ClearingFixtures.trade(house, T0, ++tradeId, instrument, price, Math.abs(lots), buyer, seller, Aggressor.BUYER);
    }
}
