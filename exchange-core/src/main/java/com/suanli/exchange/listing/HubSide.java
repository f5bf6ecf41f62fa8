package com.suanli.exchange.listing;

/** Which side of "East Data, West Compute" a hub is on: east hubs buy capacity, west hubs supply it. */
public enum HubSide {
    EAST,
    WEST
}
