package com.suanli.pricing.risk;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A named list of scenarios, saved and loaded as one JSON file; scenario names are unique. */
public record ScenarioSet(String name, List<Scenario> scenarios) {

    public ScenarioSet {
        Codes.requireCode(name, "name");
        scenarios = List.copyOf(Objects.requireNonNull(scenarios, "scenarios"));
        Set<String> names = new HashSet<>();
        for (int i = 0; i < scenarios.size(); i++) {
            if (!names.add(scenarios.get(i).name())) {
                throw new IllegalArgumentException("scenarios[" + i + "].name: duplicate name '"
                        + scenarios.get(i).name() + "'");
            }
        }
    }
}
