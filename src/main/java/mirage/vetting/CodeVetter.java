package mirage.vetting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The token pass of the vetting: every identifier of a rule file, outside strings, comments,
 * the package and the imports, must be a word of Java or DRL that rules may use, a name the
 * file declares (a binding, a local, a parameter, a function), or a type or member of the
 * allow-list in the place it stands: a method after a dot must be a method of an allowed
 * type, {@code new} must build an allowed type, a qualified name must name an allowed type.
 * It does not resolve types, so it allows a name wherever some allowed type has it; what it
 * protects is that no call, field or type outside the allow-list can be reached.
 */
final class CodeVetter {

    private final String file;
    private final List<Token> t;
    private final Set<String> functions;
    private final List<Refusal> refusals;
    private final AllowList allow = AllowList.get();
    private final Set<String> declared = new HashSet<>();

    private CodeVetter(String file, List<Token> tokens, Set<String> functions, List<Refusal> refusals) {
        this.file = file;
        this.t = tokens;
        this.functions = functions;
        this.refusals = refusals;
    }

    static void check(String file, List<Token> tokens, Set<String> functions, List<Refusal> refusals) {
        CodeVetter vetter = new CodeVetter(file, tokens, functions, refusals);
        vetter.collectDeclared();
        vetter.run();
    }

    private Token at(int i) {
        return i >= 0 && i < t.size() ? t.get(i) : new Token(Token.Kind.SYMBOL, "", 0, 0);
    }

    /** Bindings ("$b :", "x :"), locals and parameters ("Type name =", "Type name)", "Type<...> name;"). */
    private void collectDeclared() {
        for (int i = 0; i < t.size(); i++) {
            Token k = t.get(i);
            if (!k.ident() || at(i - 1).is(".")) {
                continue;
            }
            Token next = at(i + 1);
            Token prev = at(i - 1);
            boolean binding = next.is(":") || next.is(":=");
            boolean typed = (prev.ident() && (allow.type(prev.text()) != null || Vocabulary.PRIMITIVES.contains(prev.text())
                    || declared.contains(prev.text())) || prev.is(">") || prev.is("]"))
                    && (next.is("=") || next.is(";") || next.is(",") || next.is(")") || next.is(":"));
            if ((binding || typed) && Character.isLowerCase(k.text().charAt(0)) || k.text().startsWith("$")) {
                declared.add(k.text());
            }
        }
    }

    private void run() {
        int i = 0;
        while (i < t.size()) {
            Token k = t.get(i);
            switch (k.text()) {
                case "package" -> i = skipQualified(i + 1);
                case "import" -> {
                    int j = i + 1;
                    while (at(j).is("function") || at(j).is("accumulate") || at(j).is("static")) {
                        j++;
                    }
                    j = skipQualified(j);
                    if (at(i + 1).is("accumulate") && at(j).ident()) {
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
        if (at(i).ident()) {
            i++;
            while (at(i).is(".") && (at(i + 1).ident() || at(i + 1).is("*"))) {
                i += 2;
            }
        }
        return at(i).is(";") ? i + 1 : i;
    }

    private int skipLine(int i) {
        int line = at(i).line();
        while (i < t.size() && t.get(i).line() == line) {
            i++;
        }
        return i;
    }

    private int skipTo(int i, String word) {
        while (i < t.size() && !t.get(i).is(word)) {
            i++;
        }
        return i + 1;
    }

    /** From the rule's name to "when": annotations with literal values, attributes with literal values. */
    private int header(int i) {
        i++; // the name
        if (at(i).is("extends")) {
            i += 2;
        }
        while (i < t.size() && !at(i).is("when") && !at(i).is("then")) {
            Token k = t.get(i);
            if (k.is("@")) {
                i = annotation(i);
            } else if (k.is("(") || k.is("[") || k.is("{")) {
                refuse(k, "an expression in a rule attribute: Drools evaluates it; give a literal value");
                i = skipBalanced(i);
            } else {
                i++;
            }
        }
        return i;
    }

    /** "@name" or "@name(literal, key = literal...)": Drools evaluates annotation values as MVEL when it compiles. */
    private int annotation(int i) {
        Token name = at(i + 1);
        if (!name.ident() || !name.text().matches("[a-z][A-Za-z0-9_]*") || at(i + 2).is(".")) {
            refuse(name, "annotation '@%s': rule metadata names are lower-case words".formatted(name.text()));
        }
        i += 2;
        if (!at(i).is("(")) {
            return i;
        }
        int end = skipBalanced(i);
        for (int j = i + 1; j < end - 1; j++) {
            Token v = t.get(j);
            boolean literal = v.kind() == Token.Kind.STRING || v.kind() == Token.Kind.NUMBER || v.is("true") || v.is("false")
                    || v.is(",") || v.is("-") || v.ident() && at(j + 1).is("=") || v.is("=");
            if (!literal) {
                refuse(v, "'%s' in the value of @%s: annotation values must be literals, since Drools evaluates them when it compiles the rule"
                        .formatted(v.text(), name.text()));
                return end;
            }
        }
        return end;
    }

    private int skipBalanced(int i) {
        int depth = 0;
        do {
            Token k = at(i);
            if (k.is("(") || k.is("[") || k.is("{")) {
                depth++;
            } else if (k.is(")") || k.is("]") || k.is("}")) {
                depth--;
            }
            i++;
        } while (depth > 0 && i < t.size());
        return i;
    }

    /** Conditions and consequence, to the rule's "end". */
    private int body(int i) {
        while (i < t.size() && !t.get(i).is("end")) {
            i = code(i);
        }
        return i + 1;
    }

    /** "function Type name(params) { ... }": all of it is code. */
    private int function(int i) {
        while (i < t.size() && !t.get(i).is("{")) {
            i = code(i);
        }
        int end = skipBalanced(i);
        while (i < end) {
            i = code(i);
        }
        return end;
    }

    /** Vets the token at {@code i}; returns the index of the next token to vet. */
    private int code(int i) {
        Token k = t.get(i);
        if (k.kind() == Token.Kind.SYMBOL) {
            if (k.is("->")) {
                refuse(k, "a lambda: code outside the vetting's reach");
            } else if (k.is("::")) {
                refuse(k, "a method reference: code outside the vetting's reach");
            } else if (k.is("@")) {
                refuse(k, "an annotation inside code");
            }
            return i + 1;
        }
        if (!k.ident()) {
            return i + 1;
        }
        String name = k.text();
        Token prev = at(i - 1);
        Token next = at(i + 1);
        if (prev.is(".") || prev.is("!.")) {
            return member(i);
        }
        if (Vocabulary.REFUSED_WORDS.containsKey(name)) {
            refuse(k, Vocabulary.REFUSED_WORDS.get(name));
            return i + 1;
        }
        if (name.equals("new")) {
            return construct(i);
        }
        if (name.equals("super") && !prev.is("?")) {
            refuse(k, "super: class declarations");
            return i + 1;
        }
        if (Vocabulary.JAVA.contains(name) || Vocabulary.DRL.contains(name)) {
            return i + 1;
        }
        if (name.equals("drools")) {
            boolean passed = prev.is("(") && at(i - 2).ident() && at(i - 3).is(".")
                    && (at(i - 4).is("Hits") || at(i - 4).is("Clauses")) && (next.is(",") || next.is(")"));
            if (!passed) {
                refuse(k, "drools may only be passed to Hits or Clauses (the rule context reaches the engine and the session)");
            }
            return i + 1;
        }
        if ((name.equals("channels") || name.equals("entryPoints") || name.equals("exitPoints")) && next.is("[")) {
            refuse(k, name + "[...]: the session's channels and entry points");
            return i + 1;
        }
        if (next.is("(")) {
            // A type followed by "(" is a pattern: Body( power == null )
            boolean callable = allow.type(name) != null || functions.contains(name) || Vocabulary.ACCUMULATE_FUNCTIONS.contains(name)
                    || name.equals("insert") || name.equals("insertLogical") || allow.isFactMember(name) && !langType(name);
            if (!callable) {
                refuse(k, "a call of '%s': neither a function of this folder nor a method of the fact model%s".formatted(name, why(name)));
            }
            return i + 1;
        }
        if (next.is(".") && !declared.contains(name) && !name.startsWith("$") && allow.type(name) == null && !allow.isFactMember(name)) {
            return qualified(i);
        }
        if (!bareNameAllowed(name)) {
            refuse(k, "the name '%s' is not on the allow-list%s".formatted(name, why(name)));
        }
        return i + 1;
    }

    private boolean bareNameAllowed(String name) {
        if (name.startsWith("$")) {
            return true;
        }
        if (Character.isUpperCase(name.charAt(0)) || !Character.isLetter(name.charAt(0))) {
            return !langType(name) && (allow.type(name) != null || allow.isField(name) && !Vocabulary.DANGEROUS_NAMES.containsKey(name));
        }
        return declared.contains(name) || allow.isField(name) || allow.isFactMember(name);
    }

    /** A type of java.lang outside the allow-list: every rule can name it without an import. */
    private boolean langType(String name) {
        if (allow.type(name) != null || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        try {
            Class.forName("java.lang." + name, false, ClassLoader.getPlatformClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return Vocabulary.DANGEROUS_NAMES.containsKey(name);
        }
    }

    /** A name after a dot: a method, or a field, constant, nested type or property. */
    private int member(int i) {
        Token k = t.get(i);
        String name = k.text();
        if (name.equals("class")) {
            Token owner = at(i - 2);
            boolean literal = (owner.ident() && allow.type(owner.text()) != null || owner.is("]")) && !at(i + 1).is(".");
            if (!literal) {
                refuse(k, ".class on something other than an allowed type, or dereferenced: reflection");
            }
            return i + 1;
        }
        if (name.equals("this") || name.equals("new") || name.equals("super")) {
            refuse(k, "." + name + ": inner classes");
            return i + 1;
        }
        if (AllowList.DENIED_MEMBERS.containsKey(name)) {
            refuse(k, "'%s': %s".formatted(name, AllowList.DENIED_MEMBERS.get(name)));
            return i + 1;
        }
        boolean call = at(i + 1).is("(");
        if (call ? !allow.isMethod(name) : !allow.isField(name)) {
            refuse(k, "'%s' is not a %s of the fact model, Hits, Clauses or the allowed JDK types%s"
                    .formatted(name, call ? "method" : "member", why(name)));
        }
        return i + 1;
    }

    /** "java.util.List...", "java.lang.Runtime...": the longest prefix naming an allowed type, or a refusal. */
    private int qualified(int i) {
        StringBuilder chain = new StringBuilder(t.get(i).text());
        int j = i;
        int typeEnd = -1;
        String reason = why(t.get(i).text());
        while (at(j + 1).is(".") && at(j + 2).ident()) {
            j += 2;
            chain.append('.').append(t.get(j).text());
            if (allow.isQualifiedType(chain.toString())) {
                typeEnd = j;
            }
            if (reason.isEmpty()) {
                reason = why(t.get(j).text());
            }
        }
        if (typeEnd >= 0) {
            return typeEnd + 1;
        }
        refuse(t.get(i), "'%s' is not on the allow-list%s".formatted(chain, reason));
        return j + 1;
    }

    /** "new Type(...)" or "new Type[...]": an allowed type, and no anonymous class. */
    private int construct(int i) {
        int j = i + 1;
        StringBuilder type = new StringBuilder(at(j).text());
        while (at(j + 1).is(".") && at(j + 2).ident()) {
            j += 2;
            type.append('.').append(t.get(j).text());
        }
        String name = type.toString();
        if (!Vocabulary.PRIMITIVES.contains(name) && allow.type(name) == null) {
            refuse(at(i + 1), "new %s: not a type of the allow-list%s".formatted(name, why(name.substring(name.lastIndexOf('.') + 1))));
            return j + 1;
        }
        int k = j + 1;
        if (at(k).is("<")) {
            k = skipAngles(k);
        }
        if (at(k).is("(")) {
            int after = skipBalanced(k);
            if (at(after).is("{")) {
                refuse(at(after), "an anonymous class: code outside the vetting's reach");
            }
        }
        return j + 1;
    }

    private int skipAngles(int i) {
        int depth = 0;
        do {
            if (at(i).is("<")) {
                depth++;
            } else if (at(i).is(">")) {
                depth--;
            } else if (at(i).is(">>")) {
                depth -= 2;
            }
            i++;
        } while (depth > 0 && i < t.size());
        return i;
    }

    private static String why(String name) {
        String reason = Vocabulary.DANGEROUS_NAMES.get(name);
        return reason == null ? "" : " (" + reason + ")";
    }

    private void refuse(Token at, String what) {
        refusals.add(new Refusal(file, at.line(), at.column(), what));
    }
}
