package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;
import com.suanli.exchange.listing.Hub;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Operator, end of day: fixes the spot index of a product at a hub for {@code day} from the
 * day's spot trades, with the best bid and offer of the standard spot contract there for a thin day.
 */
public record PublishIndex(long timestamp, String productCode, Hub hub, LocalDate day) implements Command {
    public PublishIndex {
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(hub, "hub");
        Objects.requireNonNull(day, "day");
    }

    @Override
    public RejectedCommand kind() {
        return RejectedCommand.PUBLISH_INDEX;
    }
}
