package com.suanli.desk.ui.calculator;

import com.suanli.desk.task.TaskExecutor;
import java.util.List;

/** The risk officer's calculators, in the order the panel lists them. */
public final class Calculators {

    private Calculators() {
    }

    public static List<Calculator> all(TaskExecutor tasks) {
        return List.of(new FuturesFairValue(tasks), new OptionOnSmile(tasks), new OutageCoverQuote(tasks),
                new SpikeCapQuote(tasks), new GreenFootprint(tasks), new HardwareConversion(tasks));
    }
}
