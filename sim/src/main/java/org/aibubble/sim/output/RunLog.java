package org.aibubble.sim.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.apache.logging.log4j.CloseableThreadContext;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.OutputStreamAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.filter.AbstractFilter;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * A run's {@code run.log}: a Log4j appender added programmatically to the root logger for the
 * duration of the run. It takes INFO and above logged by the thread that opened it (whose thread
 * context holds {@value #RUN_KEY} = this run's id) and by threads that belong to no run (e.g. worker
 * threads the model starts); lines of other runs' threads are left out, so runs in parallel threads
 * keep separate logs. Lines
 * logged before the folder exists are held in memory and written when {@link #writeTo} is called.
 * Each line carries the simulated month (from {@link org.aibubble.sim.run.SingleRun#MONTH_KEY}).
 */
public final class RunLog implements AutoCloseable {
    /** Thread-context key naming the run whose log a line belongs to. */
    public static final String RUN_KEY = "aibubble.run";

    private static final String PATTERN = "%notEmpty{month %X{month} }%-5level %logger{1} - %msg%n";

    private final String runId = UUID.randomUUID().toString();
    private final RedirectableStream stream = new RedirectableStream();
    private final CloseableThreadContext.Instance context;
    private final OutputStreamAppender appender;
    private final LoggerContext loggers;

    private RunLog() {
        loggers = LoggerContext.getContext(false);
        Configuration config = loggers.getConfiguration();
        Filter onlyThisRun = new RunFilter(runId);
        appender = OutputStreamAppender.newBuilder()
                .setName("run-" + runId)
                .setTarget(stream)
                .setLayout(PatternLayout.newBuilder().withPattern(PATTERN).withConfiguration(config)
                        .withCharset(StandardCharsets.UTF_8).build())
                .setFilter(onlyThisRun)
                .build();
        appender.start();
        config.getRootLogger().addAppender(appender, Level.INFO, null);
        loggers.updateLoggers();
        context = CloseableThreadContext.put(RUN_KEY, runId);
    }

    /** @return a log collecting this thread's INFO-and-above lines (in memory until {@link #writeTo}) */
    public static RunLog open() {
        return new RunLog();
    }

    /**
     * Writes what was logged so far to {@code file} and sends further lines there.
     *
     * @throws IOException when the file cannot be written
     */
    public void writeTo(Path file) throws IOException {
        stream.redirect(file);
    }

    /** Appends a failure's stack trace (kept out of the console, which gets one line). */
    public void failure(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        stream.writeText("run failed:\n" + text);
    }

    /**
     * @return the first error writing {@code run.log} (e.g. a full disk), or null; such errors never
     * reach Log4j, so it prints no trace of its own
     */
    public IOException writeFailure() {
        return stream.failure();
    }

    /** Detaches the appender and closes the file. */
    @Override
    public void close() {
        Configuration config = loggers.getConfiguration();
        config.getRootLogger().removeAppender(appender.getName());
        loggers.updateLoggers();
        appender.stop();
        context.close();
        stream.closeQuietly();
    }

    /** Passes events of this run's thread and of threads that belong to no run. */
    private static final class RunFilter extends AbstractFilter {
        private final String runId;

        RunFilter(String runId) {
            super(Result.NEUTRAL, Result.DENY);
            this.runId = runId;
        }

        @Override
        public Result filter(LogEvent event) {
            String run = event.getContextData().getValue(RUN_KEY);
            return run == null || run.equals(runId) ? onMatch : onMismatch;
        }
    }

    /**
     * Holds bytes in memory until redirected to a file, then appends to the file. A write error is
     * kept (see {@link #failure()}) and further lines are dropped, instead of being thrown to the
     * appender, whose error handler would print a stack trace on the console.
     */
    private static final class RedirectableStream extends OutputStream {
        private ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private OutputStream file;
        private IOException failure;

        synchronized IOException failure() {
            return failure;
        }

        synchronized void redirect(Path path) throws IOException {
            file = Files.newOutputStream(path);
            pending.writeTo(file);
            file.flush();
            pending = null;
        }

        synchronized void writeText(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            write(bytes, 0, bytes.length);
            flush();
        }

        @Override
        public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            if (failure != null) {
                return;
            }
            try {
                target().write(b, off, len);
            } catch (IOException e) {
                failure = e;
            }
        }

        @Override
        public synchronized void flush() {
            if (file == null || failure != null) {
                return;
            }
            try {
                file.flush();
            } catch (IOException e) {
                failure = e;
            }
        }

        @Override
        public void close() {
            // The appender closes its stream when stopped; the file is closed by closeQuietly.
        }

        synchronized void closeQuietly() {
            try {
                if (file != null) {
                    file.close();
                }
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                }
            } finally {
                file = null;
                pending = new ByteArrayOutputStream();
            }
        }

        private OutputStream target() {
            return file != null ? file : pending;
        }
    }
}
