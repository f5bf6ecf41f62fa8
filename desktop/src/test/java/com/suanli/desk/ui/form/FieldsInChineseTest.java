package com.suanli.desk.ui.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.desk.ui.text.Language;
import com.suanli.desk.ui.text.Texts;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a trader types through a Chinese input method reads as the desk prints it, and refusals speak Chinese. */
class FieldsInChineseTest {

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void full_width_digits_commas_and_the_ideographic_full_stop_read_as_the_number_typed() {
        assertThat(Fields.number("价格", "１２３４．５")).isEqualTo(1234.5);
        assertThat(Fields.number("价格", "1，234。5")).isEqualTo(1234.5);
        assertThat(Fields.positiveWhole("数量", "　２０　")).isEqualTo(20);
        assertThat(Fields.numbers("波动率", "0.6、0.55，0.5")).containsExactly(0.6, 0.55, 0.5);
        assertThat(Fields.month("交割月份", "２０２７－０３")).isEqualTo(YearMonth.of(2027, 3));
    }

    @Test
    void a_refusal_names_the_field_as_the_chinese_form_shows_it_and_says_why_in_chinese() {
        Texts.use(Language.CHINESE);

        assertThatThrownBy(() -> Fields.positive("价格", "0")).hasMessage("价格：必须大于 0，输入为 0");
        assertThatThrownBy(() -> Fields.number("价格", "abc")).hasMessage("价格：必须是数字，输入为“abc”");
        assertThatThrownBy(() -> Fields.required("用户名", " ")).hasMessage("用户名：不能为空");
    }

    @Test
    void figures_print_the_same_grouping_and_point_in_both_languages_so_they_read_back_unchanged() {
        Texts.use(Language.CHINESE);

        assertThat(Figures.amount(1234567.891)).isEqualTo("1,234,567.89");
        assertThat(Figures.percent(0.1234)).isEqualTo("12.34%");
        assertThat(Fields.number("金额", Figures.amount(-9876.5))).isEqualTo(-9876.5);
    }
}
