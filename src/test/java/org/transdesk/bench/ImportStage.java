package org.transdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The whole `import` command, start-up included, run through the {@code ./transdesk} launcher as a
 * desk runs it ({@link Launched}), on a returned XLIFF 1.2 file of {@code size} translated units
 * (one document, en → de, the desk's export format with td attributes), checks with a
 * names-and-titles glossary included. Untimed: the database and the file ({@link ImportBenchmark#prepare}).
 */
final class ImportStage implements Bench.Stage {
  @Override
  public boolean inThisJvm() {
    return false;
  }

  @Override
  public Object prepare(Path work, int size) throws Exception {
    ImportBenchmark.Input input = ImportBenchmark.prepare(work, size);
    Fixtures.launcherReady();
    return input;
  }

  @Override
  public Bench.Outcome run(Object prepared, Path work, int size) throws Exception {
    ImportBenchmark.Input input = (ImportBenchmark.Input) prepared;
    Launched run = Launched.run(work, "import", List.of("import", "--db", input.database().toAbsolutePath().toString(), "--quiet",
        "--glossary", input.glossary().toAbsolutePath().toString(), "--format", "json", input.xliff().toAbsolutePath().toString()));
    if (run.exitCode() != 0) throw new IllegalStateException("./transdesk import exited " + run.exitCode() + ": " + run.lastErrorLine());
    return new Bench.Outcome(ImportBenchmark.applied(Files.readString(run.stdout())), String.format(Locale.ROOT,
        "./transdesk import: RSS %s, cpu %.2f s; units applied, checks included", Bench.mb(run.rssKb() * 1024), run.cpuSeconds()));
  }
}
