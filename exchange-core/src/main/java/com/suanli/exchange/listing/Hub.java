package com.suanli.exchange.listing;

import java.util.ArrayList;
import java.util.List;

/**
 * The eight national compute hubs of the "East Data, West Compute" programme. The enum order
 * is the listing order: east hubs first, then west.
 */
public enum Hub {
    JJJ("Beijing-Tianjin-Hebei", "京津冀", HubSide.EAST),
    YRD("Yangtze River Delta", "长三角", HubSide.EAST),
    GBA("Guangdong-Hong Kong-Macao Greater Bay Area", "粤港澳大湾区", HubSide.EAST),
    CY("Chengdu-Chongqing", "成渝", HubSide.EAST),
    NM("Inner Mongolia", "内蒙古", HubSide.WEST),
    GZ("Guizhou", "贵州", HubSide.WEST),
    GS("Gansu", "甘肃", HubSide.WEST),
    NX("Ningxia", "宁夏", HubSide.WEST);

    private final String englishName;
    private final String chineseName;
    private final HubSide side;

    Hub(String englishName, String chineseName, HubSide side) {
        this.englishName = englishName;
        this.chineseName = chineseName;
        this.side = side;
    }

    /** The hub code used in symbols, e.g. {@code YRD}. */
    public String code() {
        return name();
    }

    public String englishName() {
        return englishName;
    }

    public String chineseName() {
        return chineseName;
    }

    public HubSide side() {
        return side;
    }

    public boolean isWest() {
        return side == HubSide.WEST;
    }

    /** The hub's national data-centre clusters, in {@link DataCentreCluster} order. */
    public List<DataCentreCluster> clusters() {
        List<DataCentreCluster> clusters = new ArrayList<>(2);
        for (DataCentreCluster cluster : DataCentreCluster.values()) {
            if (cluster.hub() == this) {
                clusters.add(cluster);
            }
        }
        return List.copyOf(clusters);
    }

    /**
     * The hub with this code.
     * @throws IllegalArgumentException naming the code and the known codes
     */
    public static Hub ofCode(String code) {
        if (code != null) {
            for (Hub hub : values()) {
                if (hub.name().equals(code)) {
                    return hub;
                }
            }
        }
        throw new IllegalArgumentException("hub: unknown code '" + code + "', expected one of " + List.of(values()));
    }
}
