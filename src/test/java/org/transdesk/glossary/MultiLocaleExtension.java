package org.transdesk.glossary;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs a test once per default locale, English and Turkish (where "I".toLowerCase() is "ı"), and
 * restores the JVM's default afterwards (after jsoup's MultiLocaleExtension). The test method takes
 * the {@link Locale} and installs it with {@link #use(Locale)}.
 */
final class MultiLocaleExtension implements AfterEachCallback, ArgumentsProvider {
  private static final Locale ORIGINAL = Locale.getDefault();

  static void use(Locale locale) {
    Locale.setDefault(locale);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Locale.setDefault(ORIGINAL);
  }

  @Override
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    return Stream.of(Arguments.of(Locale.ENGLISH), Arguments.of(Locale.forLanguageTag("tr")));
  }

  /** A test run under each locale of the extension. */
  @Documented
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @ArgumentsSource(MultiLocaleExtension.class)
  @ExtendWith(MultiLocaleExtension.class)
  @ParameterizedTest(name = "{0}")
  @interface MultiLocaleTest {}
}
