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
    private final TokenList t;
    private final Set<String> functions;
    private final List<Refusal> refusals;
    private final AllowList allow = AllowList.get();
    private final Set<String> declared = new HashSet<>();

    CodeVetter(String file, TokenList tokens, Set<String> functions, List<Refusal> refusals) {
        this.file = file;
        this.t = tokens;
        this.functions = functions;
        this.refusals = refusals;
    }

    static void check(String file, List<Token> tokens, Set<String> functions, List<Refusal> refusals) {
        TokenList list = new TokenList(tokens);
        CodeVetter vetter = new CodeVetter(file, list, functions, refusals);
        vetter.collectDeclared();
        new RuleLayout(file, list, vetter, refusals).run();
    }

    /** Bindings ("$b :", "x :"), locals and parameters ("Type name =", "Type name)", "Type<...> name;"). */
    private void collectDeclared() {
        for (int i = 0; i < t.size(); i++) {
            Token k = t.at(i);
            if (!k.ident() || t.at(i - 1).is(".")) {
                continue;
            }
            Token next = t.at(i + 1);
            Token prev = t.at(i - 1);
            boolean binding = next.is(":") || next.is(":=");
            boolean typed = (prev.ident() && (allow.type(prev.text()) != null || Vocabulary.PRIMITIVES.contains(prev.text())
                    || declared.contains(prev.text())) || prev.is(">") || prev.is("]"))
                    && (next.is("=") || next.is(";") || next.is(",") || next.is(")") || next.is(":"));
            if ((binding || typed) && Character.isLowerCase(k.text().charAt(0)) || k.text().startsWith("$")) {
                declared.add(k.text());
            }
        }
    }

    /** Vets the token at {@code i}; returns the index of the next token to vet. */
    int code(int i) {
        Token k = t.at(i);
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
        Token prev = t.at(i - 1);
        Token next = t.at(i + 1);
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
            boolean passed = prev.is("(") && t.at(i - 2).ident() && t.at(i - 3).is(".")
                    && (t.at(i - 4).is("Hits") || t.at(i - 4).is("Clauses")) && (next.is(",") || next.is(")"));
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
        Token k = t.at(i);
        String name = k.text();
        if (name.equals("class")) {
            Token owner = t.at(i - 2);
            boolean literal = (owner.ident() && allow.type(owner.text()) != null || owner.is("]")) && !t.at(i + 1).is(".");
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
        boolean call = t.at(i + 1).is("(");
        if (call ? !allow.isMethod(name) : !allow.isField(name)) {
            refuse(k, "'%s' is not a %s of the fact model, Hits, Clauses or the allowed JDK types%s"
                    .formatted(name, call ? "method" : "member", why(name)));
        }
        return i + 1;
    }

    /** "java.util.List...", "java.lang.Runtime...": the longest prefix naming an allowed type, or a refusal. */
    private int qualified(int i) {
        StringBuilder chain = new StringBuilder(t.at(i).text());
        int j = i;
        int typeEnd = -1;
        String reason = why(t.at(i).text());
        while (t.at(j + 1).is(".") && t.at(j + 2).ident()) {
            j += 2;
            chain.append('.').append(t.at(j).text());
            if (allow.isQualifiedType(chain.toString())) {
                typeEnd = j;
            }
            if (reason.isEmpty()) {
                reason = why(t.at(j).text());
            }
        }
        if (typeEnd >= 0) {
            return typeEnd + 1;
        }
        refuse(t.at(i), "'%s' is not on the allow-list%s".formatted(chain, reason));
        return j + 1;
    }

    /** "new Type(...)" or "new Type[...]": an allowed type, and no anonymous class. */
    private int construct(int i) {
        int j = i + 1;
        StringBuilder type = new StringBuilder(t.at(j).text());
        while (t.at(j + 1).is(".") && t.at(j + 2).ident()) {
            j += 2;
            type.append('.').append(t.at(j).text());
        }
        String name = type.toString();
        if (!Vocabulary.PRIMITIVES.contains(name) && allow.type(name) == null) {
            refuse(t.at(i + 1), "new %s: not a type of the allow-list%s".formatted(name, why(name.substring(name.lastIndexOf('.') + 1))));
            return j + 1;
        }
        int k = j + 1;
        if (t.at(k).is("<")) {
            k = t.skipAngles(k);
        }
        if (t.at(k).is("(")) {
            int after = t.skipBalanced(k);
            if (t.at(after).is("{")) {
                refuse(t.at(after), "an anonymous class: code outside the vetting's reach");
            }
        }
        return j + 1;
    }

    private static String why(String name) {
        String reason = Vocabulary.DANGEROUS_NAMES.get(name);
        return reason == null ? "" : " (" + reason + ")";
    }

    private void refuse(Token at, String what) {
        refusals.add(new Refusal(file, at.line(), at.column(), what));
    }
}
