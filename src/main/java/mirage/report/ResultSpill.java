package mirage.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import mirage.engine.TrapDefinition;

/**
 * A temporary file holding the results of a run's inputs, one serialised record each,
 * written as the inputs are audited and read back as the reports reach them. The file is
 * opened to be deleted when closed (on Linux it is unlinked at once: nothing is left behind,
 * even if the process is killed). A trap definition is written as its id and read back from
 * the run's catalogue, a class as its name (the same process reads what it wrote); reading
 * admits only Mirage's and the JDK's value classes.
 */
final class ResultSpill implements Closeable {

    private static final ObjectInputFilter ADMITTED =
            ObjectInputFilter.Config.createFilter("mirage.**;java.lang.*;java.util.*;java.time.*;!*");

    /** The classes met in the file, by name (looking a class up by its name is slow). */
    private static final Map<String, ObjectStreamClass> CLASSES = new ConcurrentHashMap<>();

    private final Path path;
    private final FileChannel channel;
    private final Map<String, TrapDefinition> traps;
    private final long[] offsets;
    private final int[] lengths;
    private long end;

    ResultSpill(int positions, Collection<TrapDefinition> catalogue) {
        try {
            path = Files.createTempFile("mirage-results-", ".bin");
            channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary file for the results: " + e.getMessage(), e);
        }
        traps = catalogue.stream().collect(Collectors.toMap(TrapDefinition::id, Function.identity(), (a, b) -> a));
        offsets = new long[positions];
        lengths = new int[positions];
    }

    /** Serialises a result; called on the auditing threads, outside any lock. */
    static byte[] encode(InputResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (ObjectOutputStream out = new TrapsAsIds(bytes)) {
            out.writeObject(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Appends the serialised result of the input at {@code position}. */
    synchronized void put(int position, byte[] blob) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(blob);
            long at = end;
            while (buffer.hasRemaining()) {
                at += channel.write(buffer, at);
            }
            offsets[position] = end;
            lengths[position] = blob.length;
            end = at;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results to " + path + ": " + e.getMessage(), e);
        }
    }

    InputResult get(int position) {
        ByteBuffer buffer = ByteBuffer.allocate(lengths[position]);
        try {
            long at = offsets[position];
            while (buffer.hasRemaining()) {
                int read = channel.read(buffer, at);
                if (read < 0) {
                    throw new IOException("the file ends early");
                }
                at += read;
            }
            try (ObjectInputStream in = new IdsAsTraps(new ByteArrayInputStream(buffer.array()), traps)) {
                return (InputResult) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new UncheckedIOException("cannot read the results back from " + path + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(path);
    }

    /** A trap definition in the file: its id. */
    private record TrapId(String id) implements Serializable {}

    private static final class TrapsAsIds extends ObjectOutputStream {
        TrapsAsIds(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        /** The class's name only: every record of the file is read back by the same classes. */
        @Override
        protected void writeClassDescriptor(ObjectStreamClass type) throws IOException {
            writeUTF(type.getName());
        }

        @Override
        protected Object replaceObject(Object object) {
            return object instanceof TrapDefinition trap ? new TrapId(trap.id()) : object;
        }
    }

    private static final class IdsAsTraps extends ObjectInputStream {
        private final Map<String, TrapDefinition> traps;

        IdsAsTraps(InputStream in, Map<String, TrapDefinition> traps) throws IOException {
            super(in);
            this.traps = traps;
            setObjectInputFilter(ADMITTED);
            enableResolveObject(true);
        }

        @Override
        protected ObjectStreamClass readClassDescriptor() throws IOException, ClassNotFoundException {
            String name = readUTF();
            ObjectStreamClass type = CLASSES.get(name);
            if (type == null) {
                type = ObjectStreamClass.lookupAny(Class.forName(name, false, ResultSpill.class.getClassLoader()));
                CLASSES.put(name, type);
            }
            return type;
        }

        @Override
        protected Object resolveObject(Object object) throws IOException {
            if (object instanceof TrapId id) {
                TrapDefinition trap = traps.get(id.id());
                if (trap == null) {
                    throw new InvalidObjectException("no trap '" + id.id() + "' in the catalogue");
                }
                return trap;
            }
            return object;
        }
    }
}
