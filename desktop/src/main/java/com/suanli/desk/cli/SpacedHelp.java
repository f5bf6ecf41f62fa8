package com.suanli.desk.cli;

import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;

/**
 * picocli's generated help, showing an option's value after a space ({@code --request FILE}) as the
 * desk's documents write it; the parser still takes {@code --request=FILE} too.
 */
final class SpacedHelp extends Help {

    SpacedHelp(CommandSpec command, ColorScheme colors) {
        super(command, colors);
    }

    @Override
    public IParamLabelRenderer parameterLabelRenderer() {
        IParamLabelRenderer labels = super.parameterLabelRenderer();
        return new IParamLabelRenderer() {
            @Override
            public Ansi.Text renderParameterLabel(ArgSpec argument, Ansi ansi, List<Ansi.IStyle> styles) {
                Ansi.Text label = labels.renderParameterLabel(argument, ansi, styles);
                String plain = label.plainString();
                String separator = labels.separator();
                if (!argument.isOption() || !plain.startsWith(separator)) {
                    return label;
                }
                return ansi.new Text(" " + plain.substring(separator.length()), colorScheme());
            }

            @Override
            public String separator() {
                return " ";
            }
        };
    }
}
