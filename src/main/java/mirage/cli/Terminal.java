package mirage.cli;

/** Whether standard output is a person's terminal, for colour. */
final class Terminal {

    /** When to colour the text report. */
    enum When { AUTO, ALWAYS, NEVER }

    private Terminal() {}

    /** {@code auto}: a console and no {@code NO_COLOR}; {@code always}; {@code never}. */
    static boolean colour(When when) {
        return switch (when) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> System.console() != null && System.getenv("NO_COLOR") == null
                    && !"dumb".equals(System.getenv("TERM"));
        };
    }
}
