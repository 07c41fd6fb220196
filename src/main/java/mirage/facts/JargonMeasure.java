package mirage.facts;

import java.util.List;

/**
 * How dense a text is in producers' vocabulary, and how hard it is to read.
 *
 * @param perHundredWords jargon terms per 100 words
 * @param readability     Flesch reading ease (Kandel-Moles for French): higher is easier
 * @param worst           the sentences densest in jargon, worst first, each with its terms
 */
public record JargonMeasure(int words, int terms, double perHundredWords, double readability, List<String> worst) {}
