package org.transdesk.imports;

import java.nio.file.Path;
import org.transdesk.xliff.ReadLimits;
import org.transdesk.xliff.TargetState;
import org.transdesk.xliff.XliffFile;
import org.transdesk.xliff.XliffHandler;
import org.transdesk.xliff.XliffReader;
import org.transdesk.xliff.XliffUnit;

/** Reads returned files with the desk's XLIFF reader and hands their units to the import. */
final class XliffUnits implements UnitReader {
  private final ReadLimits limits;

  XliffUnits() {
    this(ReadLimits.defaults());
  }

  XliffUnits(ReadLimits limits) {
    this.limits = limits;
  }

  @Override
  public void read(Path file, String name, Handler handler) {
    XliffReader.open(file, limits).read(new XliffHandler() {
      @Override
      public void file(XliffFile f) {
        handler.file(new ReturnedFile(f.original(), f.sourceLang(), f.targetLang(), f.exportId(), f.translator(), f.line()));
      }

      @Override
      public void unit(XliffUnit u) {
        handler.unit(returned(u));
      }
    });
  }

  static ReturnedUnit returned(XliffUnit u) {
    TargetState state = u.targetState();
    boolean said = u.state() != null && !u.state().isBlank() || u.approved();
    boolean done = said && (state == TargetState.TRANSLATED || state == TargetState.REVIEWED || state == TargetState.FINAL);
    XliffUnit.Partial partial = u.partial();
    return new ReturnedUnit(u.id(), u.line(), u.source(), u.target(), state.spelling(), done, u.prefill(), u.fingerprint(), u.rev(),
        partial == null ? 0 : partial.untranslated(), partial == null ? 1 : partial.segments(), u.notes());
  }
}
