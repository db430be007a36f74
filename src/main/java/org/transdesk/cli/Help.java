package org.transdesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** Renders `transdesk help` and `transdesk help COMMAND`. */
final class Help {
  private Help() {}

  static String usage(Command command) {
    String args = command.arguments().isEmpty() ? "" : " " + command.arguments();
    return "transdesk " + command.name() + " [options]" + args;
  }

  static void overview(List<Command> commands, PrintWriter out) {
    out.println("transdesk " + Version.current() + ": track a newsroom's article translations");
    out.println();
    out.println("usage: transdesk COMMAND [options] [args]");
    out.println();
    out.println("commands:");
    int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0);
    for (Command command : commands) {
      out.printf(Locale.ROOT, "  %-" + width + "s  %s%n", command.name(), command.summary());
    }
    out.println();
    out.println("common options: --db PATH|URL, --verbose, --quiet, --help, --version");
    out.println("more: transdesk help COMMAND");
  }

  static void command(Command command, Options options, PrintWriter out) {
    out.println("usage: " + usage(command));
    out.println();
    out.println(command.summary());
    out.println();
    out.println("options:");
    List<Option> sorted = new ArrayList<>(options.getOptions());
    sorted.sort(Comparator.comparing(Help::key));
    List<String> left = sorted.stream().map(Help::synopsis).toList();
    int width = left.stream().mapToInt(String::length).max().orElse(0);
    for (int i = 0; i < sorted.size(); i++) {
      out.printf(Locale.ROOT, "  %-" + width + "s  %s%n", left.get(i), description(sorted.get(i)));
    }
    if (!command.examples().isEmpty()) {
      out.println();
      out.println("examples:");
      for (String example : command.examples()) {
        int hash = example.indexOf(" # ");
        if (hash < 0) {
          out.println("  " + example);
        } else {
          out.println("  " + example.substring(0, hash));
          out.println("      " + example.substring(hash + 3));
        }
      }
    }
  }

  /** The option's description; a switch that does not say its default is off unless given. */
  static String description(Option option) {
    String text = option.getDescription();
    if (option.hasArg() || text.contains("(default") || "help".equals(option.getLongOpt())) return text;
    return text + " (default: off)";
  }

  private static String key(Option option) {
    return option.getLongOpt() != null ? option.getLongOpt() : option.getOpt();
  }

  private static String synopsis(Option option) {
    StringBuilder text = new StringBuilder();
    if (option.getOpt() != null && option.getLongOpt() != null) text.append('-').append(option.getOpt()).append(", ");
    text.append(option.getLongOpt() != null ? "--" + option.getLongOpt() : "-" + option.getOpt());
    if (option.hasArg()) text.append(' ').append(option.getArgName() != null ? option.getArgName() : "VALUE");
    if (option.hasArgs()) text.append(" ...");
    return text.toString();
  }
}
