package org.transdesk.xliff;

import javax.xml.stream.XMLStreamException;

/** Writing XLIFF failed underneath (usually the disk); the caller names the file. */
final class XliffWriteException extends RuntimeException {
  XliffWriteException(XMLStreamException cause) {
    super(cause.getNestedException() != null ? cause.getNestedException().getMessage() : cause.getMessage(), cause);
  }
}
