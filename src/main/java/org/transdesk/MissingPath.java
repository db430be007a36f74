package org.transdesk;

/**
 * The refusal of a path given on the command line that names nothing. A name typed or listed in
 * another encoding than UTF-8 (a folder saved in Latin-1: "Pressé") reaches transdesk with
 * replacement characters and can name nothing; "no such file" would send the user looking for a
 * file that is there.
 */
public final class MissingPath {
  private MissingPath() {}

  public static DeskException of(Object path) {
    String shown = String.valueOf(path);
    if (shown.indexOf('\uFFFD') >= 0) {
      return new DeskException(ExitCode.REJECTED, "%s: the name is not valid UTF-8 (saved by a system using another encoding,"
          + " such as Latin-1), so transdesk cannot open it; rename it (e.g. convmv -f latin1 -t utf8 --notest NAME)", shown);
    }
    return new DeskException(ExitCode.REJECTED, "%s: no such file or folder; check the path", shown);
  }
}
