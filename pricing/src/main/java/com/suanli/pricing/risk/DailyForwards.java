package com.suanli.pricing.risk;

import java.time.LocalDate;

/**
 * The daily shape of a forward curve (the curve builder's output): the forward for delivery on
 * one day. Its average over each delivery month is that month's futures price.
 */
@FunctionalInterface
public interface DailyForwards {

    double forward(LocalDate day);
}
