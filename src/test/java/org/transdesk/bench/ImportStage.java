package org.transdesk.bench;

import java.nio.file.Path;

/**
 * The `import` command on a returned XLIFF 1.2 file of {@code size} translated units (one document,
 * en → de, the desk's export format with td attributes), checks with a names-and-titles glossary
 * included. Untimed: the database and the file ({@link ImportBenchmark#prepare}).
 */
final class ImportStage implements Bench.Stage {
  @Override
  public Object prepare(Path work, int size) throws Exception {
    return ImportBenchmark.prepare(work, size);
  }

  @Override
  public Bench.Outcome run(Object prepared, Path work, int size) {
    long applied = ImportBenchmark.run((ImportBenchmark.Input) prepared);
    return new Bench.Outcome(applied, "units applied, checks included");
  }
}
