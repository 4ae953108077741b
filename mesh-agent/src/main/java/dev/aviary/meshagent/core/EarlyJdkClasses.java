package dev.aviary.meshagent.core;

import java.net.InetAddress;
import java.net.ProxySelector;
import java.net.Socket;

/**
 * Initialises, on the thread that runs premain and so before any application code, the JDK classes the agent's own
 * work would otherwise initialise first at an unforeseeable moment and whose initialisers load a native library.
 *
 * <p>Why: loading a native library holds the JVM-wide library lock while the library's {@code JNI_OnLoad} looks up
 * classes, and a class initialiser that loads a library needs that lock. An application thread in
 * {@code System.load} (netty's epoll transport, looking up {@code sun.nio.ch.FileChannelImpl}) and an agent thread
 * initialising that very class for the class cache's first file write then wait for each other for ever: the
 * application hangs at start (seen on Java 17.0.15: a gRPC application, 1 of 100 starts on a busy machine).
 * Without the agent the class would be initialised by whichever of the application's threads needs it first, which
 * the application's own order keeps safe.
 */
final class EarlyJdkClasses {

    private EarlyJdkClasses() {}

    /** {@code network}: the agent will also make HTTP calls of its own (the lane rules feed). */
    static void initialise(boolean network) {
        // Files.read*/write* open a FileChannelImpl, whose initialiser loads the net and nio libraries (IOUtil).
        initialise("sun.nio.ch.FileChannelImpl");
        if (network) {
            try {
                // HttpURLConnection's first call: each of these initialisers loads the net library.
                InetAddress.getLoopbackAddress();
                ProxySelector.getDefault();
                new Socket().close(); // the socket implementation (never connected: no file descriptor)
            } catch (Throwable refused) {
                // a security manager's refusal: the agent starts all the same
            }
        }
    }

    private static void initialise(String className) {
        try {
            Class.forName(className, true, null);
        } catch (Throwable absent) {
            // another JDK's internals: nothing of ours to get ahead of
        }
    }
}
