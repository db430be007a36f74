package org.transdesk.imports;

import java.nio.file.Path;
import java.util.List;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.glossary.Glossary;
import org.transdesk.store.Database;
import org.transdesk.store.ImportStore;

/**
 * Imports returned XLIFF files into one database, each file on its own: a refused file is reported
 * and the next one is read; a database failure stops the run.
 */
public final class Importer implements AutoCloseable {
  private final ImportStore store;
  private final FileImport files;
  private final PairChecks checks;

  /** An importer checking against {@code glossary} (null: the checks that need none). */
  public Importer(Database database, ImportOptions options, Glossary glossary, org.transdesk.xliff.ReadLimits limits) {
    this.store = new ImportStore(database);
    this.checks = new PairChecks(glossary);
    this.files = new FileImport(store, new ReadAhead(new XliffUnits(limits)), checks, options);
  }

  /** Imports one file; a file refused as a whole comes back with status "refused" and its one-line reason. */
  public FileReport importFile(Path file) {
    return importFile(file, null);
  }

  /** {@link #importFile(Path)} with the file's sha-256 from {@code digests} (null: computed here). */
  public FileReport importFile(Path file, Digests digests) {
    String name = file.toString();
    try {
      return digests == null ? files.run(file, name) : files.run(file, name, digests.of(file, name));
    } catch (FileImport.StrictRefusal refusal) {
      FileReport r = refusal.report();
      return new FileReport(r.file(), r.sha256(), "refused", 0, r.document(), r.lang(), r.translator(), r.tally(), r.listed(),
          refusal.error().getMessage(), null);
    } catch (DeskException e) {
      if (e.exitCode() != ExitCode.REJECTED) throw e;
      return new FileReport(name, readableSha256(file, name), "refused", 0, null, null, null, new Tally(), List.of(), e.getMessage(), null);
    }
  }

  /**
   * One line for each language pair met by the files imported since the last call that the
   * glossary has no entries for (so its checks do not apply there); each pair is named once a run.
   */
  public List<String> glossaryGaps() {
    return checks.takeGaps();
  }

  private static String readableSha256(Path file, String name) {
    try {
      return FileImport.sha256(file, name);
    } catch (DeskException e) {
      return null;
    }
  }

  @Override
  public void close() {
    checks.close();
    store.close();
  }
}
