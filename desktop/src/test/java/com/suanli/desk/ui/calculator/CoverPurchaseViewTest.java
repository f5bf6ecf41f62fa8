package com.suanli.desk.ui.calculator;

import static com.suanli.desk.ui.calculator.InsuredDesk.ID;
import static com.suanli.desk.ui.calculator.InsuredDesk.INSURER;
import static com.suanli.desk.ui.calculator.InsuredDesk.WANGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A trader buys the outage cover the calculator quotes, headless, on a real desk with the session's insurer: the
 * policy appears under the calculator with the premium the pricing library quoted, the premium leaves the trader's
 * account for the insurer's, and an outage the monitoring reports at the hub is paid into it through the ledger.
 */
@ExtendWith(ApplicationExtension.class)
class CoverPurchaseViewTest {

    static final int PATIENCE_SECONDS = 60;
    /** The premium is the quote rounded up to the fen: the figure shown, to two decimals, is within a fen. */
    private static final double FEN = 0.01;

    @TempDir
    Path dir;

    private InsuredDesk desk;

    @Start
    void start(Stage stage) {
        desk = new InsuredDesk(dir, stage);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    /** Opens the outage cover, types a limit, clicks Buy and waits for the policy to be listed. */
    static TableView<PolicyRow> buyACover(FxRobot robot, OutageCoverQuote calculator) throws TimeoutException {
        robot.clickOn(calculator.title());
        robot.clickOn("#" + ID + "-aggregateLimit").write("50000");
        robot.clickOn("#" + ID + "-buy");
        TableView<PolicyRow> table = robot.lookup("#" + ID + "-policies").queryTableView();
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    @Test
    void a_bought_cover_is_listed_with_its_premium_debited_and_its_outage_claim_paid(FxRobot robot)
            throws TimeoutException {
        long traderBefore = desk.cash(WANGS);
        long insurerBefore = desk.cash(INSURER);

        TableView<PolicyRow> table = buyACover(robot, desk.calculator);

        PolicyRow policy = table.getItems().get(0);
        double quoted = Double.parseDouble(robot.lookup("#" + ID + "-figure-2").queryLabeled().getText()
                .replace(",", ""));
        assertThat(desk.calculator.errorProperty().get()).isEmpty();
        assertThat(robot.lookup("#" + ID + "-bought").queryLabeled().getText())
                .isEqualTo("Outage cover on H100-YRD bought for account 2002");
        assertThat(policy.holderAccount()).isEqualTo(WANGS);
        assertThat(policy.units()).isEqualTo(500);
        assertThat(policy.limitFen()).isEqualTo(5_000_000);
        assertThat(policy.premiumFen() / 100.0).as("the SD premium shown").isCloseTo(quoted, offset(FEN));
        assertThat(desk.cash(WANGS)).as("the premium debited").isEqualTo(traderBefore - policy.premiumFen());
        assertThat(desk.cash(INSURER)).as("paid to the insurer").isEqualTo(insurerBefore + policy.premiumFen());

        long afterPremium = desk.cash(WANGS);
        assertThat(desk.outageAtYrd()).isTrue();
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> table.getItems().get(0).paidFen() > 0);
        long paid = table.getItems().get(0).paidFen();
        assertThat(desk.cash(WANGS)).as("the claim paid into the account").isEqualTo(afterPremium + paid);
        assertThat(paid).as("500 GPUs x 20% x 5 h at the index, under the limit").isLessThan(5_000_000);
    }
}
