package org.transdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.lib.segmentation.SRXDocument;

/**
 * The yardstick for ingest: Okapi's SRX segmenter alone, with its bundled default rules exactly
 * as shipped (ICU4J breaks on), over the lines of the same generated articles; no filter, no
 * database. Ingest's segments/s divided by this one is what transdesk costs on top of SRX.
 */
final class SrxBaselineStage implements Bench.Stage {
  @Override
  public Object prepare(Path work, int size) {
    List<String> lines = lines(Fixtures.articles(size));
    segment(lines(Fixtures.articles(2000)));
    return lines;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Bench.Outcome run(Object prepared, Path work, int size) {
    List<String> lines = (List<String>) prepared;
    return new Bench.Outcome(segment(lines), lines.size() + " text units, Okapi's default rules as shipped");
  }

  private static long segment(List<String> lines) {
    SRXDocument rules = new SRXDocument();
    rules.loadRules(SRXDocument.class.getResourceAsStream("/net/sf/okapi/lib/segmentation/defaultSegmentation.srx"));
    ISegmenter segmenter = rules.compileLanguageRules(LocaleId.fromString("en"), null);
    long segments = 0;
    for (String line : lines) {
      TextContainer container = new TextContainer(line);
      segmenter.computeSegments(container);
      container.getSegments().create(segmenter.getRanges());
      segments += container.getSegments().count();
    }
    return segments;
  }

  private static List<String> lines(Path folder) {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        for (String line : Files.readAllLines(file)) if (!line.isBlank()) lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
