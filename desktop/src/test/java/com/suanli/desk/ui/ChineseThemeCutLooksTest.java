package com.suanli.desk.ui;

import com.suanli.desk.ui.text.Language;

/** {@link ThemeCutLooksTest}'s tour with the desk speaking Simplified Chinese: other words, other widths. */
class ChineseThemeCutLooksTest extends ThemeCutLooksTest {

    @Override
    Language language() {
        return Language.CHINESE;
    }
}
