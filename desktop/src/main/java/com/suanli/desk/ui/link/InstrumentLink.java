package com.suanli.desk.ui.link;

import com.suanli.exchange.listing.ContractSpec;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The instrument the workstation is looking at, shared by every panel; FX thread only. */
public final class InstrumentLink {

    private final ObjectProperty<ContractSpec> selectedInstrument =
            new SimpleObjectProperty<>(this, "selectedInstrument");

    /** The chosen instrument, or null when none is. */
    public ObjectProperty<ContractSpec> selectedInstrumentProperty() {
        return selectedInstrument;
    }

    public Optional<ContractSpec> selectedInstrument() {
        return Optional.ofNullable(selectedInstrument.get());
    }
}
