package com.suanli.desk.ui.theme;

import atlantafx.base.theme.PrimerDark;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Makes the desk's theme at the build (process-classes, desktop/pom.xml): AtlantaFX Primer Dark cut to the rules a
 * node of the desk can match ({@link ThemeCut}, {@link ClassWords} from the desk's compiled classes), as JavaFX's
 * binary stylesheet. The whole theme has some 1,000 rules, most for controls and utility classes the desk never
 * makes, and the first styling pass looks each node up against all of them (docs/BENCHMARKS.md, branch start14o).
 */
public final class DeskThemeSheet {

    /** Where the build puts the sheet, on the class path. */
    public static final String RESOURCE = "com/suanli/desk/ui/theme/desk-theme.bss";

    private DeskThemeSheet() {
    }

    /** {@code DeskThemeSheet CLASSES}: the compiled classes' directory, where the sheet is written. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        ClassWords words = ClassWords.reachableFrom(deskClasses(classes), DeskThemeSheet.class.getClassLoader());
        ThemeCut cut = new ThemeCut(words.words());
        String css = cut.cut(primerDark());
        // The text beside the classes, to read; the binary sheet in them, to load.
        Path text = classes.resolveSibling("desk-theme.css");
        Files.writeString(text, css, StandardCharsets.UTF_8);
        Path binary = classes.resolve(RESOURCE);
        Files.createDirectories(binary.getParent());
        Stylesheet.convertToBinary(text.toFile(), binary.toFile());
        System.out.println("desk theme: " + cut.counts() + " of Primer Dark, by the words of " + words.classes()
                + " classes reachable from the desk's");
    }

    /** Primer Dark's own CSS, from AtlantaFX's jar. */
    static String primerDark() {
        String name = new PrimerDark().getUserAgentStylesheet().substring(1);
        try (InputStream in = Objects.requireNonNull(DeskThemeSheet.class.getClassLoader().getResourceAsStream(name),
                name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The desk's classes, this package's aside (its constants are the cut's, not a node's). */
    static List<String> deskClasses(Path classes) throws IOException {
        Path desk = classes.resolve("com/suanli/desk");
        try (Stream<Path> files = Files.walk(desk)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString().replace('\\', '/'))
                    .map(file -> file.substring(0, file.length() - ".class".length()))
                    .filter(name -> !name.startsWith("com/suanli/desk/ui/theme/"))
                    .toList();
        }
    }
}
