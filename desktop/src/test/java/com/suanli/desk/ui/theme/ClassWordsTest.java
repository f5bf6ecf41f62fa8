package com.suanli.desk.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the words of the classes reached from a root are: those of the code that can run, no more. */
class ClassWordsTest {

    private final ClassWords reached = ClassWords.reachableFrom(List.of("com/suanli/desk/ui/theme/ClassWordsTest$Root"),
            ClassWordsTest.class.getClassLoader());

    @Test
    void the_words_of_a_class_made_used_statically_or_a_supertype_are_in_those_of_a_class_only_checked_against_not() {
        assertThat(reached.words()).contains("made-word", "static-word", "super-word", "made-by-lambda-word")
                .doesNotContain("checked-word");
    }

    @Test
    void a_style_class_built_from_a_constant_an_enum_constant_and_a_class_name_are_words() {
        assertThat(reached.words()).contains("segment", "top", "TOP", "Made", "Root");
    }

    @Test
    void a_constant_field_counts_only_where_code_loads_it() {
        assertThat(reached.words()).contains("loaded-constant").doesNotContain("unloaded-constant");
    }

    @Test
    void the_jdk_is_not_read() {
        assertThat(reached.words()).doesNotContain("ArrayList");
    }

    static final class Root {
        Object root(Object anything, int i) {
            new Made();
            Statics.use();
            Constants.use();
            java.util.function.Supplier<Object> lambda = MadeByLambda::new;
            String built = "segment" + i;
            new java.util.ArrayList<>();
            return anything instanceof Checked ? built + lambda + Side.TOP : Constants.LOADED;
        }
    }

    static class Super {
        String superWord() {
            return "super-word";
        }
    }

    static final class Made extends Super {
        String word() {
            return "made-word";
        }
    }

    static final class MadeByLambda {
        String word() {
            return "made-by-lambda-word";
        }
    }

    static final class Statics {
        static String use() {
            return "static-word";
        }
    }

    static final class Checked {
        String word() {
            return "checked-word";
        }
    }

    enum Side { TOP }

    static final class Constants {
        static final String LOADED = "loaded-constant";
        static final String UNLOADED = "unloaded-constant";

        static void use() {
            // Reached, so its constant fields are read: only the one code loads (Root, inlined) is a word.
        }
    }
}
