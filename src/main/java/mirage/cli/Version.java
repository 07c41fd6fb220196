package mirage.cli;

import mirage.engine.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** Mirage's version, written into the jar by the build. */
final class Version implements IVersionProvider {

    static String get() {
        return BuildInfo.mirage();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"mirage " + get() + " (Drools " + BuildInfo.drools()
                + "; rules after J. T. Godbout, « Les mirages de la coproduction », 2000)"};
    }
}
