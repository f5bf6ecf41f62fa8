package com.suanli.desk.ui.risk;

import com.suanli.desk.ui.form.FieldException;
import com.suanli.desk.ui.form.Fields;
import com.suanli.desk.ui.text.Texts;
import com.suanli.pricing.risk.CurveSelection;
import com.suanli.pricing.risk.Scenario;
import com.suanli.pricing.risk.ScenarioSet;
import com.suanli.pricing.risk.ShiftKind;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The scenario being built on screen: one shock, narrowed to a product, hub and month where the shock allows
 * it, added to a set of the given name. Every refusal names the field.
 */
public final class ScenarioDraft {

    private final StringProperty setName = new SimpleStringProperty("desk-built");
    private final StringProperty scenarioName = new SimpleStringProperty("");
    private final ObjectProperty<ShockType> type = new SimpleObjectProperty<>(ShockType.CURVE_SHIFT);
    private final StringProperty product = new SimpleStringProperty("");
    private final StringProperty hub = new SimpleStringProperty("");
    private final StringProperty month = new SimpleStringProperty("");
    private final ObjectProperty<ShiftKind> kind = new SimpleObjectProperty<>(ShiftKind.RELATIVE);
    private final StringProperty amount = new SimpleStringProperty("");

    public StringProperty setNameProperty() {
        return setName;
    }

    public StringProperty scenarioNameProperty() {
        return scenarioName;
    }

    public ObjectProperty<ShockType> typeProperty() {
        return type;
    }

    public StringProperty productProperty() {
        return product;
    }

    public StringProperty hubProperty() {
        return hub;
    }

    public StringProperty monthProperty() {
        return month;
    }

    public ObjectProperty<ShiftKind> kindProperty() {
        return kind;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    /** The scenario as typed. */
    Scenario scenario() {
        String name = Fields.required(Texts.get("risk.draft.scenario"), scenarioName.get());
        ShockType shockType = type.get();
        if (shockType == null) {
            throw new FieldException(Texts.get("risk.draft.shock"), Texts.get("risk.draft.choose-one"));
        }
        if (kind.get() == null) {
            throw new FieldException(Texts.get("risk.draft.kind"), Texts.get("risk.draft.choose-kind"));
        }
        double shift = Fields.number(Texts.get("risk.draft.amount"), amount.get());
        if (kind.get() == ShiftKind.RELATIVE && shift <= -1) {
            throw new FieldException(Texts.get("risk.draft.amount"), Texts.get("risk.draft.relative-above-minus-one"));
        }
        if (shockType == ShockType.HUB_SPREAD && kind.get() == ShiftKind.RELATIVE && Math.abs(shift) >= 2) {
            throw new FieldException(Texts.get("risk.draft.amount"), Texts.get("risk.draft.spread-relative-within-two"));
        }
        YearMonth when = month.get().isBlank() ? null : Fields.month(Texts.get("risk.draft.month"), month.get());
        String productCode = product.get().isBlank() ? null : Fields.code(Texts.get("risk.draft.product"),
                product.get());
        String hubCode = hub.get().isBlank() ? null : Fields.code(Texts.get("risk.draft.hub"), hub.get());
        CurveSelection where = new CurveSelection(productCode, hubCode, null, when);
        return new Scenario(name, List.of(shockType.shock(where, kind.get(), shift)));
    }

    /**
     * The set named in the draft with the typed scenario appended: {@code current} when it has that name,
     * else a new set.
     */
    ScenarioSet addTo(ScenarioSet current) {
        String name = Fields.required(Texts.get("risk.draft.set"), setName.get());
        Scenario scenario = scenario();
        List<Scenario> scenarios = new ArrayList<>();
        if (current != null && current.name().equals(name)) {
            scenarios.addAll(current.scenarios());
        }
        if (scenarios.stream().anyMatch(s -> s.name().equals(scenario.name()))) {
            throw new FieldException(Texts.get("risk.draft.scenario"), Texts.format("risk.draft.duplicate", name,
                    scenario.name()));
        }
        scenarios.add(scenario);
        return new ScenarioSet(name, scenarios);
    }
}
