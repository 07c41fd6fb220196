package mirage.charter;

import java.util.List;
import mirage.facts.Clause;
import mirage.facts.Sentence;

/** Reads clauses out of a charter's sentences: the recognition rules of the catalogue. */
@FunctionalInterface
public interface Recognizer {

    List<Clause> recognise(List<Sentence> sentences);
}
