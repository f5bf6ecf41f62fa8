package com.suanli.desk.ui.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignOnTest {

    @Test
    void a_fresh_desks_first_login_is_the_system_user_kept_to_the_letters_a_login_may_have() {
        assertThat(SignOn.localLogin("li.wei")).isEqualTo("li.wei");
        assertThat(SignOn.localLogin("Li Wei (HQ)")).isEqualTo("LiWeiHQ");
        assertThat(SignOn.localLogin("_svc-desk")).isEqualTo("svc-desk");
        assertThat(SignOn.localLogin("李伟")).isEqualTo("desk");
        assertThat(SignOn.localLogin(null)).isEqualTo("desk");
        assertThat(SignOn.localLogin("a".repeat(40))).hasSize(32);
    }
}
