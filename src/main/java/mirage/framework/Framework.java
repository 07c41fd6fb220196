package mirage.framework;

import java.util.List;
import java.util.Optional;
import mirage.engine.Bilingual;
import mirage.facts.Clause;

/**
 * The law that sets up a kind of users' body, as {@code rules/frameworks/<id>.framework.yaml}
 * declares it from frameworks.md: how to recognise its charters, and what it settles.
 *
 * @param jurisdiction the ISO 3166 code it applies in ("FR", "GB-ENG", "CA-QC")
 * @param source       where its rows come from ("frameworks.md, section 1")
 * @param fields       the fields the law settles, in the file's order
 * @param shown        its file, as messages name it
 */
public record Framework(String id, Bilingual name, String jurisdiction, String source, Identity identity,
        List<LawField> fields, List<Restatement> restatements, List<LawNote> notes, String shown) {

    /** The word for "no framework": the input is read as its own whole rule book. */
    public static final String NONE = "none";

    public Optional<LawField> field(String path) {
        return fields.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /**
     * Whether the law applies where an input's organisation says it operates: the same code,
     * or a subdivision of it ("FR-BRE" under "FR").
     */
    public boolean covers(String code) {
        return code != null && (code.equals(jurisdiction) || code.startsWith(jurisdiction + "-"));
    }

    /**
     * Whether an input's jurisdiction rules the framework out: a code that neither is covered
     * nor contains the framework's ("GB" may be England: it proves nothing, but it rules nothing out).
     */
    public boolean excludedBy(String code) {
        return code != null && !covers(code) && !jurisdiction.startsWith(code + "-");
    }

    /** Whether a clause only restates a rule of this law (see {@link Restatement}). */
    public boolean restates(Clause clause) {
        return restatements.stream().anyMatch(r -> r.covers(clause));
    }
}
