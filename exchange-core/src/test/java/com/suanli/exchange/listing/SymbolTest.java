package com.suanli.exchange.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SymbolTest {

    @ParameterizedTest
    @ValueSource(strings = {"H100-YRD-2027M03", "H100-GZ-G-SPOT", "B200-NX-G-2027M12", "ASC910B-CY-SPOT",
            "CPUX86-NM-2028M01", "COLDTB-GS-G-2027M06"})
    void symbols_round_trip_through_the_parser(String text) {
        assertThat(Symbol.parse(text).toString()).isEqualTo(text);
    }

    @Test
    void a_future_symbol_reads_as_its_parts() {
        Symbol symbol = Symbol.parse("H100-GZ-G-2027M03");

        assertThat(symbol).isEqualTo(Symbol.future("H100", Hub.GZ, true, YearMonth.of(2027, 3)));
        assertThat(symbol.kind()).isEqualTo(ContractKind.FUTURE);
    }

    @Test
    void a_spot_symbol_has_no_delivery_month() {
        assertThat(Symbol.spot("A100", Hub.JJJ, false).toString()).isEqualTo("A100-JJJ-SPOT");
        assertThat(Symbol.parse("A100-JJJ-SPOT").deliveryMonth()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "H100-YRD|expected <PRODUCT>-<HUB>[-G]-<SPOT|yyyyMmm>, found 2 parts",
        "H100-YRD-X-SPOT|third part must be the green mark 'G', was 'X'",
        "h100-YRD-SPOT|product code: 'h100' must be 2 to 10 upper-case letters or digits",
        "H100-SH-SPOT|hub: unknown code 'SH'",
        "H100-YRD-2027-03|third part must be the green mark 'G', was '2027'",
        "H100-YRD-202703|delivery must be SPOT or yyyyMmm (e.g. 2027M03), was '202703'",
        "H100-YRD-2027M13|delivery month must be 01 to 12, was 13",
        "H100-YRD-spot|delivery must be SPOT or yyyyMmm"
    })
    void malformed_symbols_are_refused_with_the_reason(String text, String reason) {
        assertThatThrownBy(() -> Symbol.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("symbol '" + text + "': ")
                .hasMessageContaining(reason);
    }

    @Test
    void a_future_needs_a_month_and_spot_must_not_have_one() {
        assertThatThrownBy(() -> new Symbol("H100", Hub.YRD, false, ContractKind.FUTURE, null))
                .hasMessage("deliveryMonth: required for a future");
        assertThatThrownBy(() -> new Symbol("H100", Hub.YRD, false, ContractKind.SPOT, YearMonth.of(2027, 1)))
                .hasMessage("deliveryMonth: must be null for spot, was 2027-01");
    }
}
