package dev.aviary.devregistry;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/** One line per event on stdout, for the standalone jar (a supervisor captures it into a log file). */
final class OneLineLogFormat extends Formatter {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    static void install() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        // Not ConsoleHandler: pointing it at stdout would close stderr.
        Handler handler = new StreamHandler(System.out, new OneLineLogFormat()) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }

            @Override
            public synchronized void close() {
                flush(); // stdout stays open for the rest of the shutdown
            }
        };
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
        root.setLevel(Level.INFO);
        // gRPC and Netty are chatty below WARNING and say nothing a developer needs.
        Logger.getLogger("io.grpc").setLevel(Level.WARNING);
    }

    /** Prints one line directly, for the last words of a shutdown hook, when logging may be reset already. */
    static void print(String message) {
        System.out.print(new OneLineLogFormat().format(new LogRecord(Level.INFO, message)));
        System.out.flush();
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder()
                .append(TIME.format(Instant.ofEpochMilli(record.getMillis())))
                .append(' ')
                .append(record.getLevel().getName())
                .append(' ')
                .append(formatMessage(record))
                .append(System.lineSeparator());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        return line.toString();
    }
}
