package com.suanli.desk.ui.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.desk.ui.text.Language;
import com.suanli.desk.ui.text.Texts;
import com.suanli.pricing.risk.ShiftKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever scenario is built on screen, its refusal reaches a Chinese desk in Chinese: the draft's own checks when it
 * is added, and the pricing library's refusals of the market a shock leaves (a curve pushed below zero, a volatility
 * or an outage rate below zero, a negative carbon price) when the set is run on the example book.
 */
class ScenarioRefusalsInChineseTest {

    /** Two English words in a row: the library's or the JDK's words, not a code such as "H100 YRD". */
    private static final Pattern ENGLISH = Pattern.compile("\\b[a-z]{3,} [a-z]{2,}\\b");
    private static final List<String> AMOUNTS = List.of("-1000", "-1", "0", "5", "1e308", "x");
    /** Every product, hub and month; one curve's month; a product, hub and month the book does not hold. */
    private static final List<List<String>> PLACES = List.of(List.of("", "", ""), List.of("H100", "YRD", "2027-01"),
            List.of("XX", "ZZ", "2001-01"));

    @TempDir
    Path directory;

    @AfterEach
    void speakEnglishAgain() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void every_refusal_a_built_scenario_meets_is_worded_in_chinese() {
        Texts.use(Language.CHINESE);
        List<String> english = new ArrayList<>();
        int refusals = 0;
        try (DeskStore store = DeskStore.open(StoreAddress.file(directory.resolve("desk")), FileKey.NONE)) {
            // One workspace and its book for every draft: each draft a set of its own, chosen and run.
            ScenarioWorkspaceViewModel viewModel = new ScenarioWorkspaceViewModel(new CurrentThreadTaskExecutor(),
                    Runnable::run, new DatabaseScenarioStore(() -> Optional.of(store)));
            viewModel.bookPathProperty().set(ScenarioWorkspaceViewModelTest.BOOK.toString());
            viewModel.openBookFile();
            ScenarioDraft draft = viewModel.draft();
            int drafts = 0;
            for (ShockType type : ShockType.values()) {
                for (ShiftKind kind : ShiftKind.values()) {
                    for (String amount : AMOUNTS) {
                        for (List<String> where : PLACES) {
                            draft.setNameProperty().set("set-" + ++drafts);
                            draft.scenarioNameProperty().set("s" + drafts);
                            draft.typeProperty().set(type);
                            draft.kindProperty().set(kind);
                            draft.amountProperty().set(amount);
                            draft.productProperty().set(where.get(0));
                            draft.hubProperty().set(where.get(1));
                            draft.monthProperty().set(where.get(2));
                            viewModel.addDraftScenario();
                            if (viewModel.errorProperty().get().isEmpty()) {
                                viewModel.run();
                            }
                            String refusal = viewModel.errorProperty().get();
                            refusals += refusal.isEmpty() ? 0 : 1;
                            if (ENGLISH.matcher(refusal).find()) {
                                english.add(type + " " + kind + " " + amount + " " + where + ": " + refusal);
                            }
                        }
                    }
                }
            }
        }
        assertThat(refusals).as("refusals met").isGreaterThan(50);
        assertThat(english).as("refusals in English on a Chinese desk").isEmpty();
    }
}
