package mirage.vetting;

import java.util.List;

/**
 * The layout of a rule file, walked token by token: the package and the imports (checked by
 * {@link DrlStructure}), each rule's header (its name, its annotations, whose values must be
 * literals, and its attributes), and the code of its conditions, its consequence and its
 * functions, handed to {@link CodeVetter}.
 */
final class RuleLayout {

    private final String file;
    private final TokenList t;
    private final CodeVetter code;
    private final List<Refusal> refusals;

    RuleLayout(String file, TokenList tokens, CodeVetter code, List<Refusal> refusals) {
        this.file = file;
        this.t = tokens;
        this.code = code;
        this.refusals = refusals;
    }

    void run() {
        int i = 0;
        while (i < t.size()) {
            Token k = t.at(i);
            switch (k.text()) {
                case "package" -> i = skipQualified(i + 1);
                case "import" -> {
                    int j = i + 1;
                    while (t.at(j).is("function") || t.at(j).is("accumulate") || t.at(j).is("static")) {
                        j++;
                    }
                    j = skipQualified(j);
                    if (t.at(i + 1).is("accumulate") && t.at(j).ident()) {
                        j++;
                    }
                    i = j;
                }
                case "global" -> i = skipLine(i);
                case "dialect" -> i += 2;
                case ";" -> i++;
                case "rule" -> i = body(header(i + 1));
                case "function" -> i = function(i + 1);
                case "query", "declare", "unit" -> i = skipTo(i, "end");
                default -> {
                    refuse(k, "'%s' outside a rule or a function".formatted(k.text()));
                    i++;
                }
            }
        }
    }

    private int skipQualified(int i) {
        if (t.at(i).ident()) {
            i++;
            while (t.at(i).is(".") && (t.at(i + 1).ident() || t.at(i + 1).is("*"))) {
                i += 2;
            }
        }
        return t.at(i).is(";") ? i + 1 : i;
    }

    private int skipLine(int i) {
        int line = t.at(i).line();
        while (i < t.size() && t.at(i).line() == line) {
            i++;
        }
        return i;
    }

    private int skipTo(int i, String word) {
        while (i < t.size() && !t.at(i).is(word)) {
            i++;
        }
        return i + 1;
    }

    /** From the rule's name to "when": annotations with literal values, attributes with literal values. */
    private int header(int i) {
        i++; // the name
        if (t.at(i).is("extends")) {
            i += 2;
        }
        while (i < t.size() && !t.at(i).is("when") && !t.at(i).is("then")) {
            Token k = t.at(i);
            if (k.is("@")) {
                i = annotation(i);
            } else if (k.is("(") || k.is("[") || k.is("{")) {
                refuse(k, "an expression in a rule attribute: Drools evaluates it; give a literal value");
                i = t.skipBalanced(i);
            } else {
                i++;
            }
        }
        return i;
    }

    /** "@name" or "@name(literal, key = literal...)": Drools evaluates annotation values as MVEL when it compiles. */
    private int annotation(int i) {
        Token name = t.at(i + 1);
        if (!name.ident() || !name.text().matches("[a-z][A-Za-z0-9_]*") || t.at(i + 2).is(".")) {
            refuse(name, "annotation '@%s': rule metadata names are lower-case words".formatted(name.text()));
        }
        i += 2;
        if (!t.at(i).is("(")) {
            return i;
        }
        int end = t.skipBalanced(i);
        for (int j = i + 1; j < end - 1; j++) {
            Token v = t.at(j);
            boolean literal = v.kind() == Token.Kind.STRING || v.kind() == Token.Kind.NUMBER || v.is("true") || v.is("false")
                    || v.is(",") || v.is("-") || v.ident() && t.at(j + 1).is("=") || v.is("=");
            if (!literal) {
                refuse(v, "'%s' in the value of @%s: annotation values must be literals, since Drools evaluates them when it compiles the rule"
                        .formatted(v.text(), name.text()));
                return end;
            }
        }
        return end;
    }

    /** Conditions and consequence, to the rule's "end". */
    private int body(int i) {
        while (i < t.size() && !t.at(i).is("end")) {
            i = code.code(i);
        }
        return i + 1;
    }

    /** "function Type name(params) { ... }": all of it is code. */
    private int function(int i) {
        while (i < t.size() && !t.at(i).is("{")) {
            i = code.code(i);
        }
        int end = t.skipBalanced(i);
        while (i < end) {
            i = code.code(i);
        }
        return end;
    }

    private void refuse(Token at, String what) {
        refusals.add(new Refusal(file, at.line(), at.column(), what));
    }
}
