package mirage.jargon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mirage.engine.RuleFile;
import mirage.engine.RuleFolder;
import mirage.facts.JargonMeasure;
import mirage.profile.TextMeter;

/**
 * Measures producers' jargon: terms of the lexicon per 100 words, a readability score
 * (Flesch reading ease for English, Kandel and Moles' adaptation for French), and the
 * sentences densest in jargon.
 */
public final class JargonMeter implements TextMeter {

    /** How many of the worst sentences are kept as evidence. */
    static final int WORST = 3;

    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "et", "est", "une", "un", "au",
            "aux", "sont", "pour", "par", "qui", "que", "dans", "sur", "ne", "pas");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "is", "are", "to", "be", "by", "for", "with",
            "on", "that", "which", "its", "their", "shall", "will", "an", "a", "not");

    private final Map<String, Lexicon> lexicons;

    JargonMeter(Map<String, Lexicon> lexicons) {
        this.lexicons = Map.copyOf(lexicons);
    }

    /** A meter from the lexicons ({@code jargon/<lang>.lexicon}) of these rule folders; later folders add terms. */
    public static JargonMeter from(List<RuleFolder> folders) {
        Map<String, Lexicon> lexicons = new LinkedHashMap<>();
        for (RuleFolder folder : folders) {
            for (RuleFile file : folder.files()) {
                if (file.path().endsWith(".lexicon")) {
                    String lang = file.stem();
                    Lexicon lexicon = Lexicon.parse(lang, file.text());
                    lexicons.merge(lang, lexicon, Lexicon::plus);
                }
            }
        }
        return new JargonMeter(lexicons);
    }

    @Override
    public JargonMeasure measure(String text, String language) {
        String lang = language != null ? language : guessLanguage(text);
        Lexicon lexicon = lexicons.getOrDefault(lang, new Lexicon(lang, List.of()));
        int words = 0;
        int terms = 0;
        int syllables = 0;
        List<String> sentences = Words.sentences(text);
        List<Scored> scored = new ArrayList<>();
        for (String sentence : sentences) {
            List<String> w = Words.split(sentence);
            List<String> found = new ArrayList<>();
            for (int i = 0; i < w.size(); ) {
                int length = lexicon.match(w, i);
                if (length > 0) {
                    found.add(String.join(" ", w.subList(i, i + length)));
                    i += length;
                } else {
                    i++;
                }
            }
            for (String word : w) {
                syllables += Words.syllables(word);
            }
            words += w.size();
            terms += found.size();
            if (!found.isEmpty()) {
                scored.add(new Scored(sentence, found));
            }
        }
        double density = words == 0 ? 0 : 100.0 * terms / words;
        double readability = readability(lang, words, Math.max(1, sentences.size()), syllables);
        List<String> worst = scored.stream()
                .sorted(Comparator.comparingInt((Scored s) -> -s.terms().size()))
                .limit(WORST)
                .map(s -> "« " + shorten(s.sentence()) + " » [" + String.join(", ", s.terms()) + "]")
                .toList();
        return new JargonMeasure(words, terms, round(density), round(readability), worst);
    }

    private record Scored(String sentence, List<String> terms) {}

    /** Flesch reading ease (English) or Kandel-Moles (French): about 0 (very hard) to 100 (very easy). */
    static double readability(String lang, int words, int sentences, int syllables) {
        if (words == 0) {
            return 100;
        }
        double perSentence = (double) words / sentences;
        double perWord = (double) syllables / words;
        return "fr".equals(lang)
                ? 207 - 1.015 * perSentence - 73.6 * perWord
                : 206.835 - 1.015 * perSentence - 84.6 * perWord;
    }

    /** "fr" or "en", by which language's common words are more frequent. */
    public static String guessLanguage(String text) {
        int fr = 0;
        int en = 0;
        for (String w : Words.split(text)) {
            if (FRENCH.contains(w)) {
                fr++;
            }
            if (ENGLISH.contains(w)) {
                en++;
            }
        }
        return fr > en ? "fr" : "en";
    }

    private static String shorten(String sentence) {
        return sentence.length() <= 160 ? sentence : sentence.substring(0, 157) + "…";
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
