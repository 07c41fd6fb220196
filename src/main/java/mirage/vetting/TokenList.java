package mirage.vetting;

import java.util.List;

/** The tokens of a rule file, read by index; past either end is an empty symbol. */
final class TokenList {

    private static final Token NONE = new Token(Token.Kind.SYMBOL, "", 0, 0);

    private final List<Token> tokens;

    TokenList(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    Token at(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : NONE;
    }

    int size() {
        return tokens.size();
    }

    /** The index after the bracket that closes the one at {@code i}: (), [] or {}. */
    int skipBalanced(int i) {
        int depth = 0;
        do {
            Token k = at(i);
            if (k.is("(") || k.is("[") || k.is("{")) {
                depth++;
            } else if (k.is(")") || k.is("]") || k.is("}")) {
                depth--;
            }
            i++;
        } while (depth > 0 && i < tokens.size());
        return i;
    }

    /** The index after the '>' that closes the '<' at {@code i}. */
    int skipAngles(int i) {
        int depth = 0;
        do {
            if (at(i).is("<")) {
                depth++;
            } else if (at(i).is(">")) {
                depth--;
            }
            i++;
        } while (depth > 0 && i < tokens.size());
        return i;
    }
}
