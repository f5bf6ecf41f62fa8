package com.suanli.desk.ui.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.desk.ui.text.Language;
import com.suanli.desk.ui.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Whatever is typed in a calculator's field, its refusal reaches a Chinese desk in Chinese: the desk's own
 * checks, and the pricing library's refusals behind them (an unrated product, a valuation date past the index's
 * fixings), which it words by their codes. Each field is tried with values the forms' own checks let through
 * and values they refuse, the others left at their starting values.
 */
class CalculatorRefusalsInChineseTest {

    /** Two English words in a row: the library's or the JDK's words, not a name such as "Wang lambda". */
    private static final Pattern ENGLISH = Pattern.compile("\\b[a-z]{3,} [a-z]{2,}\\b");
    private static final List<String> TYPED = List.of("0", "-1", "1e-9", "2099-12-31", "2099-12", "5, 3", "XYZ");
    /** Few Monte Carlo paths: the refusals, not the prices, are under test. */
    private static final String FEW_PATHS = "200";

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();

    @AfterEach
    void speakEnglishAgain() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void every_refusal_a_typed_value_meets_is_worded_in_chinese() {
        Texts.use(Language.CHINESE);
        List<String> english = new ArrayList<>();
        int refusals = 0;
        List<Calculator> forms = Calculators.all(tasks);
        for (int which = 0; which < forms.size(); which++) {
            for (CalculatorInput field : forms.get(which).inputs()) {
                for (String typed : field.choices().isEmpty() ? TYPED : field.choices()) {
                    Calculator calculator = Calculators.all(tasks).get(which);
                    calculator.inputs().forEach(input -> {
                        if (input.id().equals(field.id())) {
                            input.valueProperty().set(typed);
                        } else if (input.id().equals("paths")) {
                            input.valueProperty().set(FEW_PATHS);
                        }
                    });
                    calculator.calculate();
                    String refusal = calculator.errorProperty().get();
                    refusals += refusal.isEmpty() ? 0 : 1;
                    if (ENGLISH.matcher(refusal).find()) {
                        english.add(calculator.title() + ", " + field.id() + " = " + typed + ": " + refusal);
                    }
                }
            }
        }
        assertThat(refusals).as("refusals met").isGreaterThan(100);
        assertThat(english).as("refusals in English on a Chinese desk").isEmpty();
    }
}
