package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.junit.jupiter.api.Test;
import org.transdesk.ExitCode;

/** `transdesk help COMMAND` teaches: every option with its default, and two or three examples that really run. */
class HelpTest {
  @Test
  void everyOptionOfEveryCommandStatesItsDefault() {
    for (Command command : Commands.all()) {
      CliRun run = CliRun.run(null, "help", command.name());
      assertEquals(ExitCode.OK, run.code(), command.name());
      String options = run.out().substring(run.out().indexOf("\noptions:\n"), run.out().indexOf("\nexamples:\n"));
      for (String line : options.lines().skip(2).toList()) {
        if (line.startsWith("  -h, --help")) continue;
        assertTrue(line.contains("(default: ") || line.contains("; default: "), command.name() + " help: no default in\n" + line);
      }
    }
  }

  @Test
  void everyCommandHasTwoOrThreeExamplesThatParse() throws Exception {
    for (Command command : Commands.all()) {
      List<String> examples = command.examples();
      assertTrue(examples.size() >= 2 && examples.size() <= 3, command.name() + " has " + examples.size() + " examples");
      for (String example : examples) {
        assertTrue(example.contains(" # "), command.name() + ": say what the example does after ' # ': " + example);
        List<String> words = invocation(example);
        assertEquals(command.name(), words.get(0), "an example of " + command.name() + " runs another command: " + example);
        Options options = command.options();
        Cli.commonOptions().getOptions().forEach(options::addOption);
        try {
          DefaultParser.builder().setAllowPartialMatching(false).get().parse(options, words.subList(1, words.size()).toArray(String[]::new));
        } catch (ParseException e) {
          fail(command.name() + " example does not parse (" + e.getMessage() + "): " + example);
        }
      }
    }
  }

  /** The command name and its words, from `transdesk [--db X] NAME ARGS` up to a redirection or the comment. */
  private static List<String> invocation(String example) {
    List<String> all = Arrays.asList(example.substring(0, example.indexOf(" # ")).split("\\s+"));
    int start = 0;
    while (!all.get(start).endsWith("transdesk")) start++;
    List<String> words = new ArrayList<>();
    for (int i = start + 1; i < all.size(); i++) {
      String word = all.get(i);
      if (word.startsWith(">") || word.startsWith("2>") || word.equals("|") || word.equals("&&")) break;
      if (word.equals("--db")) {
        i++;
        continue;
      }
      words.add(word.replace(")", ""));
    }
    return words;
  }
}
