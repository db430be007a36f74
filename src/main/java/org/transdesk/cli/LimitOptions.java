package org.transdesk.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.transdesk.ByteSize;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.ingest.IngestLimits;
import org.transdesk.xliff.ReadLimits;

/**
 * The input-limit options of the commands that read files (ingest, import, lint):
 * --max-file-size, --max-units, --max-segment-length. Every refusal names the option that raises it.
 */
final class LimitOptions {
  static final String FILE_SIZE = "max-file-size";
  static final String UNITS = "max-units";
  static final String SEGMENT_LENGTH = "max-segment-length";

  private LimitOptions() {}

  /** Adds the limit options for commands reading XLIFF (import, lint), with ReadLimits' defaults in their help. */
  static Options addXliff(Options options) {
    ReadLimits defaults = ReadLimits.defaults();
    return add(options, defaults.maxBytes(), "units (trans-unit, unit) per XLIFF file", defaults.maxUnits(), defaults.maxSegmentChars());
  }

  /** Adds the limit options for ingest, with IngestLimits' defaults in their help. */
  static Options addIngest(Options options) {
    IngestLimits defaults = IngestLimits.defaults();
    return add(options, defaults.maxBytes(), "sentence segments per article", defaults.maxSegments(), defaults.maxSegmentChars());
  }

  private static Options add(Options options, long bytes, String units, int maxUnits, int chars) {
    return options
        .addOption(Option.builder().longOpt(FILE_SIZE).hasArg().argName("SIZE")
            .desc("refuse files larger than this, e.g. 512m, 4g (default: " + spelling(bytes) + ")").get())
        .addOption(Option.builder().longOpt(UNITS).hasArg().argName("N")
            .desc("refuse files with more " + units + " (default: " + maxUnits + ")").get())
        .addOption(Option.builder().longOpt(SEGMENT_LENGTH).hasArg().argName("CHARS")
            .desc("refuse a source or target longer than this many characters (default: " + chars + ")").get());
  }

  /** The XLIFF read limits the command line asks for, defaults for what it leaves out. */
  static ReadLimits xliff(CommandLine args) {
    ReadLimits defaults = ReadLimits.defaults();
    return new ReadLimits(bytes(args, defaults.maxBytes()), count(args, UNITS, defaults.maxUnits()),
        count(args, SEGMENT_LENGTH, defaults.maxSegmentChars()), defaults.maxDepth());
  }

  /** The ingest limits the command line asks for, defaults for what it leaves out. */
  static IngestLimits ingest(CommandLine args) {
    IngestLimits defaults = IngestLimits.defaults();
    return new IngestLimits(bytes(args, defaults.maxBytes()), count(args, UNITS, defaults.maxSegments()),
        count(args, SEGMENT_LENGTH, defaults.maxSegmentChars()));
  }

  private static long bytes(CommandLine args, long fallback) {
    return args.hasOption(FILE_SIZE) ? ByteSize.parse("--" + FILE_SIZE, args.getOptionValue(FILE_SIZE)).bytes() : fallback;
  }

  private static int count(CommandLine args, String option, int fallback) {
    if (!args.hasOption(option)) return fallback;
    String value = args.getOptionValue(option);
    try {
      int number = Integer.parseInt(value.strip().replace("_", ""));
      if (number >= 1) return number;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new DeskException(ExitCode.USAGE, "--%s takes a whole number from 1 to %d, not '%s'", option, Integer.MAX_VALUE, value);
  }

  /** "2g", "256m": the size as a user would type it. */
  private static String spelling(long bytes) {
    String[] units = {"", "k", "m", "g", "t"};
    int unit = 0;
    while (unit < units.length - 1 && bytes % 1024 == 0 && bytes >= 1024) {
      bytes /= 1024;
      unit++;
    }
    return bytes + units[unit];
  }
}
