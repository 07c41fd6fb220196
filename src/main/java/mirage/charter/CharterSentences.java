package mirage.charter;

import java.util.List;
import java.util.Locale;
import mirage.facts.Origin;
import mirage.facts.Sentence;
import mirage.input.InputError;
import mirage.input.SourceText;
import mirage.jargon.JargonMeter;

/**
 * Every sentence of a charter, as the charter reader splits it, each with its place: what
 * the workbench shows beside the facts, so that an auditor can add a fact from a sentence
 * the recognition rules missed.
 */
public final class CharterSentences {

    private CharterSentences() {}

    /** The charter's sentences in reading order, each as its origin (file, line, column, text). */
    public static List<Origin> of(SourceText source) throws InputError {
        boolean markdown = !source.name().toLowerCase(Locale.ROOT).endsWith(".txt");
        CharterText text = CharterParser.parse(source, markdown);
        String lang = JargonMeter.guessLanguage(text.prose());
        return CharterReader.sentences(source.name(), text, lang).stream().map(Sentence::origin).toList();
    }

    /**
     * The charter's prose, as the charter reader measures its jargon: the text of the
     * document the charter itself is, handed to the representatives it binds.
     */
    public static String prose(SourceText source) throws InputError {
        boolean markdown = !source.name().toLowerCase(Locale.ROOT).endsWith(".txt");
        return CharterParser.parse(source, markdown).prose();
    }
}
