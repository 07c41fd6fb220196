package mirage.engine;

import java.util.ArrayList;
import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import mirage.facts.Body;
import mirage.facts.Labelled;
import mirage.facts.Organisation;
import mirage.facts.Origin;
import mirage.facts.TrapHit;
import mirage.facts.Unassessed;
import org.drools.model.Drools;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What rules call in their consequences to say they found a trap: {@code
 * insert(Hits.body(drools, $b, "power", $b.power()))}. The trap id is read from the rule's
 * {@code @id}, so a rule never spells it twice; the values fill its evidence template.
 */
public final class Hits {

    private Hits() {}

    /** A trap of a body, located at one of its fields ("power", "representatives.mandate"). */
    public static TrapHit body(Object drools, Body body, String field, Object... values) {
        return new TrapHit(trapOf(drools), nameOf(drools), body.id(), "body " + body.id(),
                body.at(field), texts(values));
    }

    /** A trap of a body located at a given place (a value of a list field: {@code $b.at("remit", Remit.BUDGETS)}). */
    public static TrapHit body(Object drools, Body body, Origin at, Object... values) {
        return new TrapHit(trapOf(drools), nameOf(drools), body.id(), "body " + body.id(), at, texts(values));
    }

    /** A trap of a body about one of its records ("proposal horaire", "proposals of comite"). */
    public static TrapHit about(Object drools, String body, String subject, Origin at, Object... values) {
        return new TrapHit(trapOf(drools), nameOf(drools), body, subject, at, texts(values));
    }

    /** A trap of the organisation as a whole, located at one of its fields. */
    public static TrapHit organisation(Object drools, Organisation organisation, String field, Object... values) {
        return new TrapHit(trapOf(drools), nameOf(drools), null, "organisation",
                organisation.at(field), texts(values));
    }

    /** A trap of the organisation found at a given place (a body's field, a decision). */
    public static TrapHit organisation(Object drools, Origin at, Object... values) {
        return new TrapHit(trapOf(drools), nameOf(drools), null, "organisation", at, texts(values));
    }

    /** The body lacks the fields this rule's trap needs. */
    public static Unassessed unassessed(Object drools, Body body, String... missing) {
        return new Unassessed(trapOf(drools), body.id(), List.of(missing));
    }

    /** A record of a body (by id, or null for a record that names no body) lacks the fields this rule's trap needs. */
    public static Unassessed unassessed(Object drools, String body, String... missing) {
        return new Unassessed(trapOf(drools), body, List.of(missing));
    }

    /** The organisation lacks the fields this rule's trap needs. */
    public static Unassessed unassessed(Object drools, Organisation organisation, String... missing) {
        return new Unassessed(trapOf(drools), null, List.of(missing));
    }

    /** The fields of {@code candidates} (path, value pairs) whose value is null. */
    public static String[] unknown(Object... pathsAndValues) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i + 1 < pathsAndValues.length; i += 2) {
            if (pathsAndValues[i + 1] == null) {
                missing.add((String) pathsAndValues[i]);
            }
        }
        return missing.toArray(String[]::new);
    }

    private static String trapOf(Object drools) {
        Rule rule = ruleOf(drools);
        Object id = rule.getMetaData().get("id");
        if (id == null) {
            throw new IllegalStateException("rule '" + rule.getName() + "' reports a trap but has no @id");
        }
        return id.toString();
    }

    private static String nameOf(Object drools) {
        return ruleOf(drools).getName();
    }

    /**
     * The rule a consequence belongs to. {@code drools} is a {@link RuleContext} when rules
     * are compiled at run time and an executable model's {@link Drools} when they were
     * compiled ahead; both lead to the rule.
     */
    static Rule ruleOf(Object drools) {
        if (drools instanceof RuleContext context) {
            return context.getRule();
        }
        if (drools instanceof Drools model) {
            return model.getContext(RuleContext.class).getRule();
        }
        throw new IllegalArgumentException("pass 'drools', the rule's context, as the first argument");
    }

    /**
     * A list of values that evidence shows in the order given (proposals in file order), not
     * sorted as other lists are.
     */
    public static Listing inOrder(Collection<?> values) {
        return new Listing(frozen(values), false);
    }

    /** A name with a value beside it: {@code horaire (rejected)}, the value in the report's language. */
    public static Named named(String name, Object value) {
        return new Named(name, value(value));
    }

    /** A field of the profile format ({@code chair}), named in the report's language. */
    public static Field field(String path) {
        return new Field(path);
    }

    /**
     * A value of a field written as in a profile ({@code professional} of {@code chair}),
     * shown as that field's choice in the report's language.
     */
    public static FieldValue fieldValue(String path, String text) {
        return new FieldValue(path, text);
    }

    /** A field path, as {@link #field} makes it. */
    public record Field(String path) implements Serializable {}

    /** A field's value as a profile writes it, as {@link #fieldValue} makes it. */
    public record FieldValue(String path, String text) implements Serializable {}

    /** Values in a list, shown joined by commas; sorted in the report's language unless {@code sorted} is false. */
    public record Listing(List<Object> items, boolean sorted) implements Serializable {}

    /** A name and its value, as {@link #named} makes it. */
    public record Named(String name, Object value) implements Serializable {}

    /**
     * The values a template is filled with, kept as they are until a report's language is
     * known ({@link Labels#value}): choices, booleans and null are words of that language.
     */
    private static List<Object> texts(Object... values) {
        List<Object> kept = new ArrayList<>(values.length);
        for (Object value : values) {
            kept.add(value(value));
        }
        return Collections.unmodifiableList(kept);
    }

    /** A value as a hit keeps it: immutable (a rule's accumulated set may change after), serialisable. */
    private static Object value(Object value) {
        if (value == null || value instanceof Labelled || value instanceof Boolean || value instanceof Double
                || value instanceof Listing || value instanceof Named || value instanceof Field || value instanceof FieldValue) {
            return value;
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Collection<?> items) {
            return new Listing(frozen(items), true);
        }
        return value.toString();
    }

    private static List<Object> frozen(Collection<?> items) {
        List<Object> kept = new ArrayList<>(items.size());
        for (Object item : items) {
            kept.add(value(item));
        }
        return Collections.unmodifiableList(kept);
    }
}
