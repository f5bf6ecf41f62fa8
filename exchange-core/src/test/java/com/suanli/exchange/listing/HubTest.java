package com.suanli.exchange.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class HubTest {

    @Test
    void the_eight_national_hubs_list_east_first() {
        assertThat(Arrays.stream(Hub.values()).map(Hub::code).collect(Collectors.toList()))
                .containsExactly("JJJ", "YRD", "GBA", "CY", "NM", "GZ", "GS", "NX");
        assertThat(Arrays.stream(Hub.values()).filter(hub -> hub.side() == HubSide.EAST))
                .containsExactly(Hub.JJJ, Hub.YRD, Hub.GBA, Hub.CY);
        assertThat(Hub.NX.isWest()).isTrue();
        assertThat(Hub.GBA.chineseName()).isEqualTo("粤港澳大湾区");
        assertThat(Hub.CY.englishName()).isEqualTo("Chengdu-Chongqing");
    }

    @Test
    void the_ten_clusters_belong_to_their_hubs() {
        assertThat(DataCentreCluster.values()).hasSize(10);
        assertThat(Hub.YRD.clusters()).containsExactly(DataCentreCluster.YRD_ECO_GREEN, DataCentreCluster.WUHU);
        assertThat(Hub.CY.clusters()).containsExactly(DataCentreCluster.TIANFU, DataCentreCluster.CHONGQING);
        assertThat(Hub.NM.clusters()).containsExactly(DataCentreCluster.HORINGER);
        for (Hub hub : Hub.values()) {
            assertThat(hub.clusters()).as(hub.code()).isNotEmpty();
        }
        assertThat(List.of(DataCentreCluster.values())).extracting(DataCentreCluster::hub).doesNotContainNull();
    }

    @Test
    void hub_codes_read_back_and_unknown_codes_are_named() {
        for (Hub hub : Hub.values()) {
            assertThat(Hub.ofCode(hub.code())).isSameAs(hub);
        }
        assertThatThrownBy(() -> Hub.ofCode("SH"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hub: unknown code 'SH'");
    }
}
