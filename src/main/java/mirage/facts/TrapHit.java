package mirage.facts;

import java.io.Serializable;
import java.util.List;

/**
 * A trap that a rule found: inserted by rules, matched by rules that derive other traps.
 *
 * @param trap    the trap id
 * @param rule    the name of the rule that found it (its evidence template)
 * @param body    the body id, or null for a trap of the organisation
 * @param subject what the trap is about, stable across edits ("body x", "proposal p")
 * @param at      the origin of the fact that matters most
 * @param args    the values the rule's evidence template is filled with, kept as values (text,
 *                numbers, choices, booleans, null, lists) until a report's language is known
 */
public record TrapHit(String trap, String rule, String body, String subject, Origin at, List<Object> args) implements Serializable {}
