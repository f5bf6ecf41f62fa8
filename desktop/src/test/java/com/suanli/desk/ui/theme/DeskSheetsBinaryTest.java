package com.suanli.desk.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** The build's binary form of each of the desk's own sheets, which JavaFX loads in place of the text. */
class DeskSheetsBinaryTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void every_sheet_of_the_desk_has_a_binary_beside_it_on_the_class_path_with_the_rules_of_its_text()
            throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            sheets = files.filter(file -> file.toString().endsWith(".css")).toList();
        }
        assertThat(sheets).extracting(sheet -> sheet.getFileName().toString()).contains("desk.css", "docking.css");
        for (Path sheet : sheets) {
            String text = RESOURCES.relativize(sheet).toString().replace('\\', '/');
            String binary = RESOURCES.relativize(DeskThemeSheet.binaryOf(sheet)).toString().replace('\\', '/');
            URL binaryUrl = getClass().getClassLoader().getResource(binary);
            assertThat(binaryUrl).as(binary).isNotNull();
            URL textUrl = getClass().getClassLoader().getResource(text);
            assertThat(rules(Stylesheet.loadBinary(binaryUrl))).as(binary)
                    .isEqualTo(rules(new CssParser().parse(textUrl)))
                    .isNotEmpty();
        }
    }

    /** Each rule's selectors and declarations, as text (a binary sheet's rules read their declarations when asked). */
    private static List<String> rules(Stylesheet sheet) {
        return sheet.getRules().stream().map(rule -> rule.getSelectors() + " " + rule.getDeclarations()).toList();
    }
}
