package com.suanli.exchange.listing;

/** The ten national data-centre clusters and the hub each belongs to. */
public enum DataCentreCluster {
    ZHANGJIAKOU("Zhangjiakou", "张家口集群", Hub.JJJ),
    YRD_ECO_GREEN("YRD Eco-Green Integrated Demonstration Zone", "长三角生态绿色一体化发展示范区集群", Hub.YRD),
    WUHU("Wuhu", "芜湖集群", Hub.YRD),
    SHAOGUAN("Shaoguan", "韶关集群", Hub.GBA),
    TIANFU("Tianfu", "天府集群", Hub.CY),
    CHONGQING("Chongqing", "重庆集群", Hub.CY),
    HORINGER("Horinger", "和林格尔集群", Hub.NM),
    GUIAN("Gui'an", "贵安集群", Hub.GZ),
    QINGYANG("Qingyang", "庆阳集群", Hub.GS),
    ZHONGWEI("Zhongwei", "中卫集群", Hub.NX);

    private final String englishName;
    private final String chineseName;
    private final Hub hub;

    DataCentreCluster(String englishName, String chineseName, Hub hub) {
        this.englishName = englishName;
        this.chineseName = chineseName;
        this.hub = hub;
    }

    public String englishName() {
        return englishName;
    }

    public String chineseName() {
        return chineseName;
    }

    public Hub hub() {
        return hub;
    }
}
