package mirage.facts;

import java.io.Serializable;
import java.time.LocalDate;

/** A trap accepted as a risk, with a reason and an expiry ({@code waivers[]}). */
public record Waiver(String trap, String body, String reason, LocalDate expires, Origin origin) implements Serializable {}
