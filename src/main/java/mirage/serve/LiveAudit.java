package mirage.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import mirage.audit.AuditRun;
import mirage.audit.InputFiles;
import mirage.engine.Lang;
import mirage.report.HtmlReport;
import mirage.report.InputResults;
import mirage.report.JUnitReport;
import mirage.report.JsonReport;
import mirage.report.MarkdownReport;
import mirage.report.Report;
import mirage.report.ReportWriter;
import mirage.report.SarifReport;
import mirage.report.TextReport;

/**
 * Audits the workbench's profile with the audit {@code mirage audit} runs: the YAML the page
 * exports goes through the same run, under the name it is exported with, and the report is
 * written by the same writers. So the page's JSON report is, byte for byte, what
 * {@code mirage audit -f json NAME} gives on the exported file.
 */
final class LiveAudit {

    /** The report formats of {@code mirage audit -f}. */
    enum Format {
        TEXT("txt", "text/plain"), JSON("json", "application/json"), SARIF("sarif", "application/sarif+json"),
        JUNIT("xml", "application/xml"), MARKDOWN("md", "text/markdown"), HTML("html", "text/html");

        final String extension;
        final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        static Format byName(String name) {
            for (Format f : values()) {
                if (f.name().toLowerCase(Locale.ROOT).equals(name)) {
                    return f;
                }
            }
            throw new BadRequest("unknown report format '" + name + "'; expected text, json, sarif, junit, markdown or html");
        }
    }

    private final AuditRun run;
    private final String version;

    LiveAudit(AuditRun run, String version) {
        this.run = run;
        this.version = version;
    }

    /** The report of this profile text, in this format, as {@code mirage audit -f FORMAT NAME} writes it. */
    String report(String name, String yaml, Lang lang, Format format) {
        // The profile is read as standard input is, under the file's name: nothing is written to disk.
        InputFiles inputs = new InputFiles(List.of(new InputFiles.Input(null, name, true)), List.of(), List.of());
        Report report = run.run(inputs, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), version);
        StringWriter out = new StringWriter();
        try (InputResults results = report.inputs()) {
            writer(format).write(report, lang, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static ReportWriter writer(Format format) {
        return switch (format) {
            case TEXT -> new TextReport(false);
            case JSON -> new JsonReport();
            case SARIF -> new SarifReport(Path.of("").toAbsolutePath());
            case JUNIT -> new JUnitReport();
            case MARKDOWN -> new MarkdownReport();
            case HTML -> new HtmlReport();
        };
    }
}
