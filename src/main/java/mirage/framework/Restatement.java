package mirage.framework;

import java.util.List;
import mirage.engine.Bilingual;
import mirage.facts.Clause;

/**
 * A rule of the law that a charter often restates in words that read like another fact: the
 * CVS's secrecy about individuals (CASF D311-28) read as a gag on opinions
 * (frameworks.md, suggestion 3). A clause given by such a sentence is the law's own rule,
 * not a duty the charter creates, and is dropped.
 *
 * @param what          the rule, for {@code mirage explain}
 * @param sentencesWith a sentence restates the rule when it has one of these
 * @param unlessWith    ...and none of these (a charter that widens the secrecy to the debates still binds)
 * @param drops         the facts such a sentence does not give ("representatives.obligations=confidentiality")
 */
public record Restatement(Bilingual what, String citation, Phrases sentencesWith, Phrases unlessWith, List<String> drops) {

    /** Whether this clause restates the law rather than adding a duty. */
    public boolean covers(Clause clause) {
        if (clause.origin().sentence() == null || !drops.contains(clause.field() + "=" + clause.value())) {
            return false;
        }
        String sentence = Phrases.normalise(clause.origin().sentence());
        return sentencesWith.firstIn(sentence) != null && unlessWith.firstIn(sentence) == null;
    }
}
