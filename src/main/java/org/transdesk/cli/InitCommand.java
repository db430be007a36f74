package org.transdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.store.Database;

/** `transdesk init [DIR]`: sets up a desk folder with its sub-folders, a database and a README. */
final class InitCommand implements Command {
  static final List<String> FOLDERS = List.of("articles", "glossaries", "xliff");

  @Override public String name() { return "init"; }

  @Override public String summary() { return "set up a desk folder: articles/, glossaries/, xliff/, a database and a README"; }

  @Override public String arguments() { return "[DIR]"; }

  @Override public Options options() {
    return new Options()
        .addOption(Option.builder().longOpt("sample")
            .desc("also copy in the bundled sample article, glossaries and returned German translation").get())
        .addOption(Json.formatOption());
  }

  @Override public List<String> examples() {
    return List.of(
        "transdesk init desk # make ./desk with articles/, glossaries/, xliff/ and desk/transdesk.db",
        "transdesk init --sample try-out # the same, with the sample article and glossary to play with",
        "transdesk --db /srv/desk/transdesk.db init --format json /srv/desk # folders in /srv/desk, the database where --db says");
  }

  @Override public ExitCode run(CommandLine args, Context context) throws IOException {
    boolean json = Json.requested(args);
    List<String> rest = args.getArgList();
    if (rest.size() > 1) throw new DeskException(ExitCode.USAGE, "init takes one folder, got %d", rest.size());
    Path dir = Path.of(rest.isEmpty() ? "." : rest.get(0));
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new DeskException(ExitCode.REJECTED, "%s: is a file, not a folder; pass a new or existing folder", dir);
    }
    // --db or $TRANSDESK_DB names the database every later command uses; init makes that one, not another in DIR.
    String fromEnv = context.env().get("TRANSDESK_DB");
    boolean named = args.hasOption("db") || fromEnv != null && !fromEnv.isBlank();
    String database = named ? context.database() : dir.resolve("transdesk.db").toString();
    boolean existed = Files.exists(dir.resolve("transdesk.db")) || named && Files.exists(Path.of(database));
    try {
      Files.createDirectories(dir);
      for (String folder : FOLDERS) Files.createDirectories(dir.resolve(folder));
      writeIfMissing(dir.resolve("README.md"), readme());
      if (args.hasOption("sample")) Sample.copyInto(dir);
    } catch (IOException e) {
      throw new DeskException(ExitCode.FAILURE, e, "%s: cannot set up the desk folder: %s", dir, e.getMessage());
    }
    String location;
    try (Database db = Database.open(database)) {
      location = db.location();
    }
    if (json) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("folder", dir.toString());
      result.put("database", location);
      result.put("created", !existed);
      result.put("folders", FOLDERS.stream().map(f -> dir.resolve(f).toString()).toList());
      result.put("sample", args.hasOption("sample"));
      Json.write(context, result);
    } else {
      context.out().printf("%s desk in %s (database %s)%n", existed ? "checked" : "set up", dir, location);
    }
    context.info("next: put articles in %s and run: %s", dir.resolve("articles"), nextCommand(dir, database, args.hasOption("db")));
    return ExitCode.OK;
  }

  /**
   * The first ingest, run from inside the desk as its README says: a document's name is its path
   * from the folder transdesk runs in, so an ingest from outside ("desk/articles/a.txt") and the
   * README's from inside ("articles/a.txt") would make two documents of one article.
   */
  static String nextCommand(Path dir, String database, boolean ownDb) {
    boolean here = dir.normalize().toString().isEmpty() || dir.normalize().equals(Path.of("."));
    String db = ownDb && !Path.of(database).toAbsolutePath().normalize().equals(dir.resolve("transdesk.db").toAbsolutePath().normalize())
        ? "--db " + Shell.quote(Path.of(database).toAbsolutePath().normalize()) + " " : "";
    return (here ? "" : "cd " + Shell.quote(dir) + " && ") + "transdesk " + db + "ingest --targets de,fr articles/";
  }

  private static void writeIfMissing(Path file, String text) throws IOException {
    if (!Files.exists(file)) Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String readme() throws IOException {
    try (InputStream in = InitCommand.class.getResourceAsStream("/desk/README.md")) {
      if (in == null) throw new IOException("the desk README is missing from the jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
