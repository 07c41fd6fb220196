package mirage.charter;

import java.util.List;
import mirage.facts.Clause;
import mirage.facts.Sentence;
import mirage.input.InputError;

/** Reads clauses out of a charter's sentences: the recognition rules of the catalogue. */
@FunctionalInterface
public interface Recognizer {

    /** @throws InputError when the rules go past their budget on these sentences */
    List<Clause> recognise(List<Sentence> sentences) throws InputError;
}
