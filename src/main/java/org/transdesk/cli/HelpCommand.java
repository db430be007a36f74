package org.transdesk.cli;

import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

/** `transdesk help [COMMAND]`: the command list, or one command's options and examples. */
final class HelpCommand implements Command {
  @Override public String name() { return "help"; }

  @Override public String summary() { return "list the commands, or show one command's options and examples"; }

  @Override public String arguments() { return "[COMMAND]"; }

  @Override public Options options() { return new Options(); }

  @Override public List<String> examples() {
    return List.of(
        "transdesk help # list every command",
        "transdesk help import # options and examples of import");
  }

  @Override public ExitCode run(CommandLine args, Context context) {
    List<String> rest = args.getArgList();
    List<Command> commands = Commands.all();
    if (rest.isEmpty()) {
      Help.overview(commands, context.out());
      return ExitCode.OK;
    }
    if (rest.size() > 1) throw new DeskException(ExitCode.USAGE, "help takes one command name, got %d", rest.size());
    Command command = commands.stream().filter(c -> c.name().equals(rest.get(0))).findFirst()
        .orElseThrow(() -> new DeskException(ExitCode.USAGE,
            "unknown command '%s': run transdesk help for the list of commands", rest.get(0)));
    Options options = command.options();
    Cli.commonOptions().getOptions().forEach(options::addOption);
    Help.command(command, options, context.out());
    return ExitCode.OK;
  }
}
