package mirage.charter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import mirage.charter.CharterText.Block;
import mirage.charter.CharterText.Title;
import mirage.facts.Audience;
import mirage.facts.Body;
import mirage.facts.Clause;
import mirage.facts.Document;
import mirage.facts.Dossier;
import mirage.facts.InputKind;
import mirage.facts.JargonMeasure;
import mirage.facts.Origin;
import mirage.facts.Origins;
import mirage.facts.Sentence;
import mirage.input.InputError;
import mirage.input.Limits;
import mirage.input.SourceText;
import mirage.jargon.JargonMeter;
import mirage.profile.Node;
import mirage.profile.Node.MapNode;
import mirage.profile.ProfileReader;
import mirage.profile.TextMeter;
import mirage.profile.TreeReader;

/**
 * Reads a charter (Markdown or text) into a dossier: its front matter as profile fields, its
 * sentences as clauses read by the recognition rules, and, for what it does not create, the
 * facts its silence gives (traps.md, section H). The prose describes one body: the first of
 * the front matter's, or one named after the file.
 */
public final class CharterReader {

    private final ProfileReader profiles;
    private final Recognizer recognizer;
    private final TextMeter meter;

    public CharterReader(ProfileReader profiles, Recognizer recognizer, TextMeter meter) {
        this.profiles = profiles;
        this.recognizer = recognizer;
        this.meter = meter;
    }

    public Dossier read(SourceText source, Path folder) throws InputError {
        boolean markdown = !source.name().toLowerCase(Locale.ROOT).endsWith(".txt");
        CharterText text = CharterParser.parse(source, markdown);
        String lang = JargonMeter.guessLanguage(text.prose());
        List<Sentence> sentences = sentences(source.name(), text, lang);
        if (sentences.isEmpty()) {
            // What a charter does not say is read as a missing safeguard: a charter with no
            // sentence at all would be found full of traps that nothing in it supports.
            throw InputError.at(source.name(), text.title().line(), text.title().column(), text.frontMatter() == null
                    ? "the charter has no sentence to read (empty, or headings only); a charter is prose that sets up a body"
                    : "the charter has front matter but no sentence to read; put profile fields alone in a .yaml profile");
        }
        // The prose's readability is measured on another core while the rules read its clauses.
        FutureTask<JargonMeasure> measure = new FutureTask<>(() -> meter.measure(text.prose(), lang));
        Thread measuring = new Thread(measure, "mirage-text-meter");
        measuring.setDaemon(true);
        measuring.start();
        List<Clause> clauses = recognizer.recognise(sentences);
        MapNode frontMatter = frontMatter(source.name(), text, profiles.limits());
        Title title = text.title();
        Origin titleOrigin = Origin.sentence(source.name(), title.line(), title.column(), title.text());
        FactTree tree = new FactTree(frontMatter, title, slug(source.name()));
        Map<String, List<Origin>> read = tree.addClauses(clauses);
        Map<String, Origin> silent = tree.addSilence(source.name());
        Dossier dossier = profiles.read(source.name(), tree.root(), folder, InputKind.CHARTER);
        return withCharterOrigins(dossier, read, silent, titleOrigin, text, lang, measured(measure));
    }

    static List<Sentence> sentences(String file, CharterText text, String lang) {
        List<Sentence> sentences = new ArrayList<>();
        for (Block block : text.blocks()) {
            for (SentenceSplitter.Piece piece : SentenceSplitter.split(block)) {
                String full = block.leadIn() == null ? piece.text() : block.leadIn() + " " + piece.text();
                String lower = Sentence.lowerOf(full);
                String subject = Subjects.subjectOf(lower, lang);
                sentences.add(new Sentence(sentences.size(), full, lower, lang,
                        Origin.sentence(file, piece.line(), piece.column(), piece.text()), subject,
                        Subjects.aboutOthers(subject)));
            }
        }
        return sentences;
    }

    private static JargonMeasure measured(FutureTask<JargonMeasure> measure) {
        try {
            return measure.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring the charter's prose", e);
        }
    }

    private static MapNode frontMatter(String file, CharterText text, Limits limits) throws InputError {
        if (text.frontMatter() == null || text.frontMatter().isBlank()) {
            return new MapNode(new LinkedHashMap<>(), 1, 1);
        }
        Node node = TreeReader.readYaml(new SourceText(file, text.frontMatter()), limits);
        if (!(node instanceof MapNode map)) {
            throw InputError.at(file, node.line(), node.column(), "front matter: expected profile fields (key: value)");
        }
        return map;
    }

    /** The charter's body, located at its sentences and its silences; the charter itself as a document. */
    private Dossier withCharterOrigins(Dossier dossier, Map<String, List<Origin>> read, Map<String, Origin> silent,
            Origin titleOrigin, CharterText text, String lang, JargonMeasure measure) {
        List<Body> bodies = new ArrayList<>(dossier.bodies());
        Body body = bodies.get(0);
        Map<String, Origin> fields = new LinkedHashMap<>(body.origins().fields());
        Map<String, List<Origin>> others = new LinkedHashMap<>();
        read.forEach((field, origins) -> {
            fields.put(field, origins.get(0));
            others.put(field, origins.subList(1, origins.size()));
        });
        fields.putAll(silent);
        bodies.set(0, body.withOrigins(new Origins(titleOrigin, fields, others)));
        List<Document> documents = new ArrayList<>(dossier.documents());
        documents.add(0, new Document(body.id(), 0, text.title().text(), Audience.REPRESENTATIVES, lang, false,
                null, measure,
                new Origins(titleOrigin, Map.of("plain-language-version",
                        Origin.silence(titleOrigin.file(), titleOrigin.line(), titleOrigin.column(), "plain-language-version")))));
        return new Dossier(dossier.file(), dossier.kind(), dossier.organisation(), bodies, dossier.proposals(),
                dossier.decisions(), dossier.contributions(), documents, dossier.waivers());
    }

    /** "charte-du-comite" from "docs/Charte du comité.md". */
    static String slug(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        name = dot > 0 ? name.substring(0, dot) : name;
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "charter" : slug;
    }
}
