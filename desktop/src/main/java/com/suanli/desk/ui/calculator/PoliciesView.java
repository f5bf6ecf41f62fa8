package com.suanli.desk.ui.calculator;

import com.suanli.desk.ui.form.Figures;
import com.suanli.desk.ui.form.Tables;
import com.suanli.desk.ui.text.Texts;
import com.suanli.exchange.engine.event.PolicyKind;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The user's policies under a cover calculator: terms, premium, limit, claims paid and whether it covers. */
final class PoliciesView {

    private PoliciesView() {
    }

    static TableView<PolicyRow> table(String id, PolicyBook book) {
        TableView<PolicyRow> table = Tables.table(id, book.rows(), Texts.get("calc.policies.none"));
        TableColumn<PolicyRow, String> days = Tables.column(Texts.get("calc.policies.days"),
                row -> row.firstDay() + " – " + row.lastDay(), false);
        // Both days are read together, and a kind whole: the columns are never narrower than them.
        Tables.fitFigure(days, "2027-03-01 – 2027-03-30");
        TableColumn<PolicyRow, String> kind = Tables.column(Texts.get("calc.policies.kind"),
                row -> Texts.term(row.kind()), false);
        Tables.fitFigure(kind, Texts.term(PolicyKind.PRICE_SPIKE_CAP));
        table.getColumns().setAll(List.of(
                Tables.column(Texts.get("calc.policies.policy"), row -> Long.toString(row.policyId()), true),
                Tables.column(Texts.get("calc.policies.account"), row -> Long.toString(row.holderAccount()), true),
                kind,
                Tables.column(Texts.get("calc.policies.index"), row -> row.productCode() + "-" + row.hub().code(), false),
                days,
                Tables.column(Texts.get("calc.policies.units"), row -> Long.toString(row.units()), true),
                Tables.column(Texts.get("calc.policies.premium"), row -> cny(row.premiumFen()), true),
                Tables.column(Texts.get("calc.policies.limit"), row -> cny(row.limitFen()), true),
                Tables.column(Texts.get("calc.policies.paid"), row -> cny(row.paidFen()), true),
                Tables.column(Texts.get("calc.policies.status"), row -> Texts.get(row.live()
                        ? "calc.policies.live" : "calc.policies.expired"), false)));
        table.setPrefHeight(170);
        return table;
    }

    private static String cny(long fen) {
        return Figures.amount(fen / 100.0);
    }
}
