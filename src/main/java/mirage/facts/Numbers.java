package mirage.facts;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Whole numbers written in digits or in French or English words, up to 199. */
public final class Numbers {

    /** A regular expression for one number, in digits or words (French or English). */
    public static final String PATTERN;

    private static final Map<String, Integer> WORDS = new HashMap<>();

    static {
        String[] fr = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
            "douze", "treize", "quatorze", "quinze", "seize"};
        String[] en = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < fr.length; i++) {
            WORDS.put(fr[i], i);
        }
        WORDS.put("une", 1);
        WORDS.put("dix-sept", 17);
        WORDS.put("dix-huit", 18);
        WORDS.put("dix-neuf", 19);
        for (int i = 0; i < en.length; i++) {
            WORDS.put(en[i], i);
        }
        String[] frTens = {"", "", "vingt", "trente", "quarante", "cinquante", "soixante"};
        String[] enTens = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int t = 2; t < enTens.length; t++) {
            WORDS.put(enTens[t], t * 10);
        }
        for (int t = 2; t < frTens.length; t++) {
            WORDS.put(frTens[t], t * 10);
        }
        WORDS.put("soixante-dix", 70);
        WORDS.put("quatre-vingt", 80);
        WORDS.put("quatre-vingts", 80);
        WORDS.put("quatre-vingt-dix", 90);
        WORDS.put("cent", 100);
        WORDS.put("hundred", 100);
        WORDS.put("a hundred", 100);
        WORDS.put("one hundred", 100);
        PATTERN = "(?:\\d{1,4}|(?:(?:vingt|trente|quarante|cinquante|soixante|quatre-vingts?|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                + "(?:[- ](?:et[- ])?(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf"
                + "|one|two|three|four|five|six|seven|eight|nine))?)"
                + "|dix-sept|dix-huit|dix-neuf|zéro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
                + "|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
    }

    private Numbers() {}

    /** The number {@code text} writes, or null. */
    public static Integer parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('\u2011', '-');
        if (t.matches("\\d{1,6}")) {
            return Integer.valueOf(t);
        }
        if (WORDS.containsKey(t)) {
            return WORDS.get(t);
        }
        t = t.replace(" et ", "-et-").replace(' ', '-');
        if (WORDS.containsKey(t)) {
            return WORDS.get(t);
        }
        // tens and units: "vingt-deux", "soixante-dix-sept", "twenty-one", "vingt-et-un"
        for (String tens : new String[] {"quatre-vingt", "soixante", "cinquante", "quarante", "trente", "vingt",
            "ninety", "eighty", "seventy", "sixty", "fifty", "forty", "thirty", "twenty"}) {
            if (t.startsWith(tens + "-")) {
                String rest = t.substring(tens.length() + 1).replaceFirst("^et-", "");
                Integer base = WORDS.get(tens);
                Integer units = WORDS.get(rest);
                if (units != null && base != null) {
                    return base + units;
                }
            }
        }
        return null;
    }
}
