package mirage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Mirage's version, written into the jar by the build. */
final class Version implements IVersionProvider {

    static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/mirage/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"mirage " + get() + " (Drools rules after J. T. Godbout, « Les mirages de la coproduction », 2000)"};
    }
}
