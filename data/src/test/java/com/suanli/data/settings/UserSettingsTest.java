package com.suanli.data.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.data.firm.Firm;
import com.suanli.data.firm.FirmRepository;
import com.suanli.data.firm.FirmRole;
import com.suanli.data.firm.UserRepository;
import com.suanli.data.firm.UserRole;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.TestStores;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSettingsTest {

    @TempDir
    Path dir;

    @Test
    void a_users_layout_and_hotkeys_are_there_next_time() {
        try (DeskStore store = TestStores.fresh(dir)) {
            store.transaction(c -> {
                new FirmRepository(c).save(new Firm("SCC", "Shanghai Compute Clearing", FirmRole.CLEARING_MEMBER));
                new UserRepository(c).add("li.wei", "SCC", "Li Wei", UserRole.TRADER, "pw-li".toCharArray());
                UserSettings settings = new UserSettings(c, "li.wei");
                settings.put(UserSettings.LAYOUT, "{\"panels\":[\"MARKET_WATCH\",\"LADDER\"]}");
                settings.put("hotkey.buy", "F1");
                settings.put("hotkey.sell", "F2");
                settings.put("hotkey.buy", "Ctrl+B");
                settings.put("hotkey.cancelAll", "Esc");
                settings.remove("hotkey.cancelAll");
                return null;
            });

            store.transaction(c -> {
                UserSettings settings = new UserSettings(c, "li.wei");
                assertThat(settings.get(UserSettings.LAYOUT)).contains("{\"panels\":[\"MARKET_WATCH\",\"LADDER\"]}");
                assertThat(settings.hotkeys()).containsExactly(Map.entry("buy", "Ctrl+B"), Map.entry("sell", "F2"));
                assertThat(new UserSettings(c, "someone.else").get(UserSettings.LAYOUT)).isEmpty();
                return null;
            });
            assertThatThrownBy(() -> store.transaction(c -> {
                new UserSettings(c, "li.wei").put("Bad Key", "x");
                return null;
            })).hasMessage("key: must be dotted words like hotkey.buy, was 'Bad Key'");
        }
    }
}
