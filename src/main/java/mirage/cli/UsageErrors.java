package mirage.cli;

import java.util.stream.Collectors;
import mirage.engine.Lang;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error in the user's language. Mirage's own are already in it; picocli's commonest
 * (an unknown option, a missing parameter) are said again in French, others as picocli says them.
 */
final class UsageErrors {

    private UsageErrors() {}

    static String message(ParameterException e, Lang lang) {
        if (lang == Lang.FR && e instanceof UnmatchedArgumentException unmatched) {
            return Messages.get(lang, "usage.unmatched", String.join(", ", unmatched.getUnmatched()));
        }
        if (lang == Lang.FR && e instanceof MissingParameterException missing) {
            return Messages.get(lang, "usage.missing", missing.getMissing().stream().map(UsageErrors::name)
                    .collect(Collectors.joining(", ")));
        }
        return e.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
