package org.transdesk.xliff;

/**
 * The transdesk XLIFF namespace (CONTRACT.md), declared by {@code xliff/transdesk.xsd} on the class
 * path: on {@code <file>} the export row id and document version, on each unit the fingerprint of
 * the stored source, the translation's revision and the prefill marker.
 */
public final class TdNamespace {
  public static final String URI = "urn:transdesk:xliff:1";
  public static final String PREFIX = "td";
  /** {@code file/@td:export}: the id of the export row that recorded the file. */
  public static final String EXPORT = "export";
  /** {@code file/@td:version}: the document version the units come from. */
  public static final String VERSION = "version";
  /** Unit {@code @td:fingerprint}: {@code segment.source_sha256} of the source as exported. */
  public static final String FINGERPRINT = "fingerprint";
  /** Unit {@code @td:rev}: {@code translation.revision} when exported, 0 without a translation. */
  public static final String REV = "rev";
  /** Unit {@code @td:prefill="yes"}: the target is a copy of the source, not a translation. */
  public static final String PREFILL = "prefill";
  /** The schema of the namespace, as a class-path resource. */
  public static final String SCHEMA_RESOURCE = "/xliff/transdesk.xsd";

  private TdNamespace() {}
}
