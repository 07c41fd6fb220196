package mirage.report;

import java.io.IOException;
import java.io.Writer;
import mirage.engine.Lang;

/** Writes a report in one format. */
public interface ReportWriter {

    void write(Report report, Lang lang, Writer out) throws IOException;
}
