package mirage.engine;

/** A text given in English and in French. */
public record Bilingual(String en, String fr) {

    public String in(Lang lang) {
        return lang == Lang.FR ? fr : en;
    }
}
