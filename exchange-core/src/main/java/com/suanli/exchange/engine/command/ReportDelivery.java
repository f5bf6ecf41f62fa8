package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;

/**
 * Operator (from the hub's metering): since the last report of delivery {@code deliveryId},
 * {@code deliveredUnits} more units were delivered and {@code failedUnits} more will not be.
 * The consumer pays for the delivered units, the provider pays the penalty on the failed ones.
 */
public record ReportDelivery(long timestamp, long deliveryId, long deliveredUnits, long failedUnits)
        implements Command {

    @Override
    public RejectedCommand kind() {
        return RejectedCommand.REPORT_DELIVERY;
    }
}
