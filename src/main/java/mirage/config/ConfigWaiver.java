package mirage.config;

import mirage.audit.Glob;
import mirage.facts.Waiver;

/** A waiver of the config file: the profile's waiver, for the files its {@code path} glob matches. */
public record ConfigWaiver(Glob path, Waiver waiver) {}
