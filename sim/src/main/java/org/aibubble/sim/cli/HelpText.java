package org.aibubble.sim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Help text wrapped at spaces only. Picocli's own layout breaks lines where {@link java.text.BreakIterator}
 * allows, which includes after '.', '/' and '-': inside config keys ({@code run.start}) and file names. This
 * renders the description, the command, parameter and option lists and the exit codes in picocli's two-column layout
 * (the description column at {@link #DESCRIPTION_COLUMN}) with its own wrapping, so a word is never split;
 * a word longer than the column runs past it.
 */
final class HelpText {
    /** Column at which option and parameter descriptions start: picocli's default layout. */
    static final int DESCRIPTION_COLUMN = 26;
    /** Indent of an option's or parameter's name. */
    private static final int NAME_INDENT = 2;
    /** Width of the short-option column, "-h, ", in picocli's layout. */
    private static final int SHORT_OPTION_WIDTH = 4;
    /** Indent of an exit code. */
    private static final int EXIT_CODE_INDENT = 2;
    /** Column at which an exit code's description starts. */
    private static final int EXIT_CODE_COLUMN = 6;

    private HelpText() {
    }

    /** Installs the renderers on {@code commandLine} and every sub-command under it. */
    static void wrapAtSpaces(CommandLine commandLine) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = commandLine.getHelpSectionMap();
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION, HelpText::description);
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, HelpText::parameters);
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpText::options);
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST, HelpText::exitCodes);
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpText::commands);
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            wrapAtSpaces(sub);
        }
    }

    private static String description(Help help) {
        StringBuilder out = new StringBuilder();
        for (String line : help.commandSpec().usageMessage().description()) {
            for (String paragraph : line.replace("%n", "\n").split("\n", -1)) {
                appendWrapped(out, "", paragraph, 0, width(help));
            }
        }
        return out.toString();
    }

    private static String parameters(Help help) {
        StringBuilder out = new StringBuilder();
        for (PositionalParamSpec p : help.commandSpec().positionalParameters()) {
            if (!p.hidden()) {
                String name = " ".repeat(NAME_INDENT + SHORT_OPTION_WIDTH) + p.paramLabel();
                appendRow(out, name, rendered(p), width(help));
            }
        }
        return out.toString();
    }

    private static String options(Help help) {
        StringBuilder out = new StringBuilder();
        List<OptionSpec> options = new ArrayList<>(help.commandSpec().options());
        if (help.commandSpec().usageMessage().sortOptions()) {
            options.sort(Help.createShortOptionArityAndNameComparator());
        }
        for (OptionSpec o : options) {
            if (!o.hidden()) {
                appendRow(out, optionName(o), rendered(o), width(help));
            }
        }
        return out.toString();
    }

    private static String commands(Help help) {
        Map<String, CommandLine> subs = help.commandSpec().subcommands();
        int widest = subs.keySet().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, CommandLine> sub : subs.entrySet()) {
            String[] description = sub.getValue().getCommandSpec().usageMessage().description();
            appendWrapped(out, " ".repeat(NAME_INDENT) + sub.getKey(), description.length == 0 ? "" : description[0],
                    NAME_INDENT + widest + 2, width(help));
        }
        return out.toString();
    }

    private static String exitCodes(Help help) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> code : help.commandSpec().usageMessage().exitCodeList().entrySet()) {
            String name = " ".repeat(EXIT_CODE_INDENT) + code.getKey().trim();
            appendWrapped(out, name, code.getValue(), EXIT_CODE_COLUMN, width(help));
        }
        return out.toString();
    }

    /** @return {@code "  -h, --help"} or {@code "      --seed=N"}: the name column of an option */
    static String optionName(OptionSpec o) {
        String shortName = null;
        String longName = null;
        for (String name : o.names()) {
            if (name.startsWith("--")) {
                longName = longName == null ? name : longName;
            } else {
                shortName = shortName == null ? name : shortName;
            }
        }
        StringBuilder s = new StringBuilder(" ".repeat(NAME_INDENT));
        s.append(shortName == null ? " ".repeat(SHORT_OPTION_WIDTH) : shortName + (longName == null ? "  " : ", "));
        if (longName != null) {
            s.append(longName);
        }
        if (o.arity().max() > 0) {
            s.append('=').append(o.paramLabel());
        }
        return s.toString();
    }

    /** @return the description of an option or parameter, its {@code ${DEFAULT-VALUE}} filled in */
    private static String rendered(ArgSpec arg) {
        String text = String.join(" ", arg.description());
        String value = arg.defaultValueString();
        return text.replace("${DEFAULT-VALUE}", value == null ? "" : value);
    }

    private static void appendRow(StringBuilder out, String name, String text, int width) {
        appendWrapped(out, name, text, DESCRIPTION_COLUMN, width);
    }

    /**
     * Appends {@code text} wrapped at spaces within {@code [column, width)}, its first line after {@code name}
     * (or on a line of its own below it when the name reaches the column).
     */
    static void appendWrapped(StringBuilder out, String name, String text, int column, int width) {
        String indent = " ".repeat(column);
        StringBuilder line = new StringBuilder(name);
        if (name.length() > column - 1 && column > 0) {
            out.append(name).append(System.lineSeparator());
            line = new StringBuilder(indent);
        } else {
            line.append(" ".repeat(column - name.length()));
        }
        int start = line.length();
        for (String word : words(text)) {
            if (line.length() > start && line.length() + 1 + word.length() > width) {
                out.append(stripEnd(line)).append(System.lineSeparator());
                line = new StringBuilder(indent);
                start = line.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(stripEnd(line)).append(System.lineSeparator());
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.trim().split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static String stripEnd(StringBuilder line) {
        return line.toString().stripTrailing();
    }

    private static int width(Help help) {
        return help.commandSpec().usageMessage().width();
    }
}
