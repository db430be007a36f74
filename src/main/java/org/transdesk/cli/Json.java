package org.transdesk.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

/**
 * The `--format text|json` option of the commands that print a result, and that result as one
 * indented JSON document on stdout (keys in snake_case, as in every transdesk JSON output).
 */
final class Json {
  /** Made on first use: building a mapper costs every command ~50 ms of start-up, and most print text. */
  private static final class Mapper {
    static final ObjectMapper INSTANCE = new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  private Json() {}

  static Option formatOption() {
    return Option.builder().longOpt("format").hasArg().argName("text|json")
        .desc("print the result on stdout as text or json (default: text)").get();
  }

  /** Whether --format asks for JSON; a usage error for anything but text or json. */
  static boolean requested(CommandLine args) {
    String format = args.getOptionValue("format", "text").strip().toLowerCase(Locale.ROOT);
    return switch (format) {
      case "text" -> false;
      case "json" -> true;
      default -> throw new DeskException(ExitCode.USAGE, "unknown format '%s': use text or json", args.getOptionValue("format"));
    };
  }

  static void write(Context context, Object value) {
    try {
      Mapper.INSTANCE.writeValue(context.out(), value);
      context.out().println();
      context.out().flush();
    } catch (IOException e) {
      throw new DeskException(ExitCode.FAILURE, e, "cannot write the JSON result to stdout: %s", e.getMessage());
    }
  }
}
