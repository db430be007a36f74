package org.transdesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.cli.AmbiguousOptionException;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.store.Database;

/** Parses `transdesk [common options] COMMAND [options] [args]`, runs the command, maps errors to exit codes. */
public final class Cli {
  /** Options that may be given more than once, each adding a value. */
  private static final Set<String> REPEATABLE = Set.of("glossary", "doc");

  private final List<Command> commands;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Map<String, String> env;
  private final boolean terminal;

  public Cli(PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal) {
    this.commands = Commands.all();
    this.out = out;
    this.err = err;
    this.env = Map.copyOf(env);
    this.terminal = terminal;
  }

  /** The common options every command takes. */
  static Options commonOptions() {
    return new Options()
        .addOption(Option.builder().longOpt("db").hasArg().argName("PATH|URL")
            .desc("database file or JDBC URL (default: $TRANSDESK_DB, else ./transdesk.db)").get())
        .addOption(Option.builder("v").longOpt("verbose").desc("log details to stderr; show stack traces of internal errors").get())
        .addOption(Option.builder("q").longOpt("quiet").desc("print nothing on stderr but errors; no progress bars").get())
        .addOption(Option.builder("h").longOpt("help").desc("show this help").get());
  }

  public ExitCode run(String... argv) {
    List<String> args = new ArrayList<>(Arrays.asList(argv));
    List<String> leading = new ArrayList<>();
    while (!args.isEmpty() && args.get(0).startsWith("-")) {
      String arg = args.remove(0);
      if (arg.equals("--version") || arg.equals("-V")) {
        out.println("transdesk " + Version.current());
        out.flush();
        return ExitCode.OK;
      }
      leading.add(arg);
      if (arg.equals("--db") && !args.isEmpty()) leading.add(args.remove(0));
    }
    if (args.isEmpty()) {
      if (leading.contains("--help") || leading.contains("-h")) {
        Help.overview(commands, out);
        out.flush();
        return ExitCode.OK;
      }
      Help.overview(commands, err);
      err.println();
      return usageError("no command given: name one of the commands above, e.g. transdesk status");
    }
    String name = args.remove(0);
    Optional<Command> command = find(name);
    if (command.isEmpty()) {
      return usageError("unknown command '%s': run transdesk help for the list of commands", name);
    }
    List<String> rest = new ArrayList<>(leading);
    rest.addAll(args);
    return run(command.get(), rest.toArray(String[]::new));
  }

  Optional<Command> find(String name) {
    return commands.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  List<Command> commands() {
    return commands;
  }

  private ExitCode run(Command command, String[] argv) {
    Options options = command.options();
    commonOptions().getOptions().forEach(options::addOption);
    boolean verbose = Arrays.asList(argv).contains("--verbose") || Arrays.asList(argv).contains("-v");
    Logging.configure(verbose);
    CommandLine line;
    try {
      line = DefaultParser.builder().setStripLeadingAndTrailingQuotes(false).get().parse(options, argv);
    } catch (ParseException e) {
      return usageError(command, problem(e));
    }
    if (line.hasOption("help")) {
      Help.command(command, options, out);
      out.flush();
      return ExitCode.OK;
    }
    Optional<String> twice = givenTwice(line);
    if (twice.isPresent()) return usageError(command, twice.get());
    if (line.hasOption("db") && line.getOptionValue("db").isBlank()) {
      return usageError(command, "--db is empty; name the database file (or a JDBC URL), or leave --db out for $TRANSDESK_DB or ./transdesk.db");
    }
    Context context = new Context(database(line), out, err, verbose, line.hasOption("quiet"), terminal, env);
    try {
      Database.configure(env);
      ExitCode code = command.run(line, context);
      out.flush();
      return code;
    } catch (DeskException e) {
      out.flush();
      if (e.exitCode() == ExitCode.USAGE) return usageError(command, e.getMessage());
      err.println("error: " + e.getMessage());
      if (verbose && e.getCause() != null) e.printStackTrace(err);
      err.flush();
      return e.exitCode();
    } catch (OutOfMemoryError e) {
      out.flush();
      err.println("error: out of memory: the input is too large for this JVM's heap; raise it with JAVA_OPTS=-Xmx2g or split the input");
      err.flush();
      return ExitCode.FAILURE;
    } catch (java.nio.file.InvalidPathException e) {
      // Under cron's POSIX locale the JVM reads file names as ASCII, so any other letter is unusable.
      out.flush();
      err.printf(Locale.ROOT, "error: %s: this file name cannot be used in the system's encoding %s (no UTF-8 locale is set, as under"
          + " cron): run transdesk with a UTF-8 locale, e.g. LC_ALL=C.UTF-8, or through ./transdesk, which sets one%n",
          e.getInput(), System.getProperty("sun.jnu.encoding"));
      err.flush();
      return ExitCode.FAILURE;
    } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
      out.flush();
      err.printf(Locale.ROOT, "error: internal error in %s: %s (this is a bug; run again with --verbose for the stack trace)%n",
          command.name(), e);
      if (verbose) e.printStackTrace(err);
      err.flush();
      return ExitCode.BUG;
    }
  }

  /**
   * An option that takes one value, given twice with different values (a script that appends
   * `--db other.db` to a base command line): Commons CLI would quietly use the first. Only
   * --glossary and --doc are repeatable.
   */
  private static Optional<String> givenTwice(CommandLine line) {
    Map<String, String> first = new HashMap<>();
    for (Option o : line.getOptions()) {
      if (!o.hasArg() || o.hasArgs() || REPEATABLE.contains(o.getLongOpt())) continue;
      String before = first.putIfAbsent(o.getLongOpt(), o.getValue());
      if (before != null && !before.equals(o.getValue())) {
        return Optional.of(String.format(Locale.ROOT, "--%s is given twice ('%s', then '%s'); give it once",
            o.getLongOpt(), before, o.getValue()));
      }
    }
    return Optional.empty();
  }

  private String database(CommandLine line) {
    if (line.hasOption("db")) return line.getOptionValue("db");
    String fromEnv = env.get("TRANSDESK_DB");
    return fromEnv == null || fromEnv.isBlank() ? "transdesk.db" : fromEnv;
  }

  /** One line: what is wrong, the command's usage, and where its options are explained. */
  private ExitCode usageError(Command command, String message) {
    err.println("error: " + message + "; usage: " + Help.usage(command) + " (see transdesk help " + command.name() + ")");
    err.flush();
    return ExitCode.USAGE;
  }

  /** Commons CLI's message, in the words of the rest of transdesk. */
  private static String problem(ParseException e) {
    if (e instanceof UnrecognizedOptionException u) return "unknown option " + u.getOption();
    if (e instanceof MissingArgumentException m) return option(m.getOption()) + " needs a value";
    if (e instanceof AmbiguousOptionException a) {
      return "ambiguous option " + a.getOption() + ": it could be --" + String.join(" or --", a.getMatchingOptions());
    }
    return e.getMessage();
  }

  private static String option(Option option) {
    return option.getLongOpt() != null ? "--" + option.getLongOpt() : "-" + option.getOpt();
  }

  private ExitCode usageError(String format, Object... args) {
    err.println("error: " + String.format(Locale.ROOT, format, args));
    err.flush();
    return ExitCode.USAGE;
  }
}
