package org.transdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The whole `import` command, start-up included, run through the {@code ./transdesk} launcher as a
 * desk runs it ({@link LauncherRun}), on a returned XLIFF 1.2 file of {@code size} translated units
 * (one document, en → de, the desk's export format with td attributes), checks with a
 * names-and-titles glossary included. Untimed: the database and the file ({@link ImportBenchmark#prepare}).
 */
final class ImportStage implements Bench.Stage {
  @Override
  public Object prepare(Path work, int size) throws Exception {
    ImportBenchmark.Input input = ImportBenchmark.prepare(work, size);
    Fixtures.launcherReady();
    return input;
  }

  @Override
  public Bench.Outcome run(Object prepared, Path work, int size) throws Exception {
    ImportBenchmark.Input input = (ImportBenchmark.Input) prepared;
    LauncherRun run = LauncherRun.of(work, List.of("import", "--db", input.database().toAbsolutePath().toString(), "--quiet",
        "--glossary", input.glossary().toAbsolutePath().toString(), "--format", "json", input.xliff().toAbsolutePath().toString()))
        .expect(0, "import");
    return new Bench.Outcome(ImportBenchmark.applied(run.output()), run.describe("import") + "; units applied, checks included");
  }
}
