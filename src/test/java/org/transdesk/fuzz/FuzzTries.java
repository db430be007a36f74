package org.transdesk.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Sets every fuzz property's tries: -Dtransdesk.fuzz.tries=N for all, else 300 per property (100
 * for ingest, where Okapi's filters are slower), which keeps the fuzz run in CI around a minute;
 * -Dtransdesk.fuzz.seed=... replays a run. Prints how many inputs each property ran.
 */
public final class FuzzTries implements AroundPropertyHook {
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    int fallback = context.containerClass() == IngestFuzzTest.class ? 100 : 300;
    context.attributes().setTries(Integer.getInteger("transdesk.fuzz.tries", fallback));
    String seed = System.getProperty("transdesk.fuzz.seed");
    if (seed != null && !seed.isBlank()) context.attributes().setSeed(seed);
    PropertyExecutionResult result = property.execute();
    System.err.printf("fuzz: %s: %d tries, seed %s%n", context.extendedLabel(), result.countTries(), result.seed().orElse("?"));
    return result;
  }
}
