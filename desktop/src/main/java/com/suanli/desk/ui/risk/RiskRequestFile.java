package com.suanli.desk.ui.risk;

import com.suanli.data.pricing.BatchJson;
import com.suanli.desk.ui.text.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** A book from a risk request file, the format {@code desk risk} reads (docs/BATCH.md). */
public final class RiskRequestFile implements PortfolioSource {

    private final Path file;

    public RiskRequestFile(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    @Override
    public String name() {
        return String.valueOf(file.getFileName());
    }

    @Override
    public DeskBook load() {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(Texts.format("risk.no-book-file", file));
        }
        return new DeskBook(name(), BatchJson.readRiskRequest(file));
    }
}
