package com.suanli.desk.ui.calculator;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;

/** The calculators panel: their names on the left, the chosen one's form on the right. */
public final class CalculatorsView {

    private final BorderPane root = new BorderPane();

    public CalculatorsView(List<Calculator> calculators) {
        this(calculators, null);
    }

    /** @param desk what buys the quoted covers for the signed-in user; null when the desk cannot buy */
    public CalculatorsView(List<Calculator> calculators, CoverDesk desk) {
        ListView<Calculator> names = new ListView<>();
        names.getItems().setAll(calculators);
        names.setId("calculator-list");
        names.getStyleClass().add(Styles.DENSE);
        names.setPrefWidth(190);
        names.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Calculator calculator, boolean empty) {
                super.updateItem(calculator, empty);
                setText(empty || calculator == null ? null : calculator.title());
            }
        });
        List<Node> forms = calculators.stream()
                .map(calculator -> new CalculatorView(calculator, nodeId(calculator), desk).root()).toList();
        names.getSelectionModel().selectedIndexProperty().addListener((property, before, index) ->
                root.setCenter(index.intValue() < 0 ? null : forms.get(index.intValue())));
        names.getSelectionModel().selectFirst();
        root.setLeft(names);
        root.getStyleClass().add("calculators");
    }

    public Parent root() {
        return root;
    }

    /** {@code calc-} and the calculator's class in kebab case, e.g. {@code calc-option-on-smile}. */
    static String nodeId(Calculator calculator) {
        return "calc-" + calculator.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
