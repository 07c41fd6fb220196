package mirage.vetting;

/** One token of a rule file, with where it starts (1-based). */
record Token(Kind kind, String text, int line, int column) {

    /** What a token is; comments and white space make none. */
    enum Kind { IDENT, NUMBER, STRING, SYMBOL }

    boolean is(String symbolOrWord) {
        return text.equals(symbolOrWord) && kind != Kind.STRING;
    }

    boolean ident() {
        return kind == Kind.IDENT;
    }
}
