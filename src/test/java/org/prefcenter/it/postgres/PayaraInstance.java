package org.prefcenter.it.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.prefcenter.it.Api;
import org.prefcenter.it.PayaraMicroCommand;

/**
 * One PrefCenter instance as production runs it: the built WAR on Payara Micro in a process of its
 * own, on PostgreSQL, with the production properties (no demo data) and the development tokens
 * trusted through the environment, as an operator configures it. Unlike Arquillian's container it
 * can be started twice over one database and killed with SIGKILL. {@link #start(String, String, Map)}
 * starts one on another datasource and environment (the production JWT tests, on H2).
 */
public final class PayaraInstance implements AutoCloseable {

    private static final Path TARGET = Path.of(System.getProperty("prefcenter.war", "target/prefcenter.war"))
            .toAbsolutePath().getParent();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * What Payara Micro 6 and 7 log when they come up without their HTTP listener ("GrizzlyProxy is
     * NULL"): the server says it is ready and never answers. Seen about once in ten starts on a loaded
     * machine; such an instance is started once more.
     */
    private static final String LISTENER_LOST = "AS-WEB-GLUE-00167";

    /**
     * A start whose log stays silent this long without the server being ready is taken as hung: seen
     * once on Payara Micro 7 under CI's load, its boot stopped for good before the HTTP listener
     * started (the step that fails in the case above). Its threads are dumped into its log (SIGQUIT)
     * and it is started once more. A normal start under that load was never silent for more than 9 s.
     */
    private static final Duration SILENT = Duration.ofSeconds(90);

    /** Starts made again, for either reason above, before a start counts as failed. */
    private static final int RESTARTS = 2;

    final String name;
    private final String properties;
    private final String postboot;
    private final Map<String, String> environment;
    private int port;
    private Process process;
    private Path log;
    private int restarts;

    private PayaraInstance(String name, String properties, String postboot, Map<String, String> environment)
            throws IOException {
        this.name = name;
        this.properties = properties;
        this.postboot = postboot;
        this.environment = Map.copyOf(environment);
        begin();
    }

    private void begin() throws IOException {
        port = freePort();
        log = TARGET.resolve("instances").resolve(name + "-" + port + ".log");
        Files.createDirectories(log.getParent());
        List<String> jvm = new ArrayList<>(List.of("-Xmx512m"));
        // the test servers' options from pom.xml (test.jvm: C1 alone, the serial collector), none outside Maven
        Arrays.stream(System.getProperty("test.jvm", "").split("\\s+")).filter(option -> !option.isEmpty())
                .forEach(jvm::add);
        List<String> command = PayaraMicroCommand.of(TARGET, jvm, port, properties, postboot);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // only the trust given here, never one inherited from the machine running the tests
        builder.environment().keySet().removeIf(variable -> variable.startsWith("MP_JWT_"));
        builder.environment().putAll(environment);
        process = builder.start();
    }

    /** Starts an instance on the tests' database. */
    static PayaraInstance start(String name) throws IOException {
        return start(name, PostgresDatabase.URL);
    }

    /** Starts an instance whose JDBC URL is {@code databaseUrl}, e.g. through a proxy. */
    static PayaraInstance start(String name, String databaseUrl) throws IOException {
        Map<String, String> environment = new HashMap<>(PayaraMicroCommand.developmentTrust());
        environment.put("PREFCENTER_DB_URL", databaseUrl);
        environment.put("PREFCENTER_DB_USER", PostgresDatabase.USER);
        environment.put("PREFCENTER_DB_PASSWORD", PostgresDatabase.PASSWORD);
        return start(name, "postboot-postgres.asadmin", environment);
    }

    /**
     * Starts an instance with the production properties, the datasource of {@code postboot} (a file of
     * target/server-config) and {@code environment} added to this process's, whose MP_JWT_* it drops.
     */
    public static PayaraInstance start(String name, String postboot, Map<String, String> environment)
            throws IOException {
        return start(name, "production.properties", postboot, environment);
    }

    /** Likewise with the system properties of {@code properties}, a file of target/server-config. */
    public static PayaraInstance start(String name, String properties, String postboot,
            Map<String, String> environment) throws IOException {
        return new PayaraInstance(name, properties, postboot, environment);
    }

    /**
     * Waits until {@code /health/ready} answers UP, each start for at most {@code timeout}; fails with
     * the log's location if it never does.
     */
    public PayaraInstance awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; " + logTail());
            }
            if (readiness() == 200) {
                return this;
            }
            String stuck = restarts < RESTARTS ? whyStuck() : null;
            if (stuck != null) {
                restarts++;
                System.out.println(name + ": " + stuck + " (see " + log + "); started once more");
                dumpThreads();
                process.destroyForcibly().waitFor();
                try {
                    begin();
                } catch (IOException notStarted) {
                    throw new UncheckedIOException(notStarted);
                }
                deadline = System.nanoTime() + timeout.toNanos();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + " (/health/ready: " + readiness()
                + "); " + logTail());
    }

    /** The end of the instance's log, for a failure message: CI keeps the test output, not target/. */
    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return "the last lines of " + log + ":\n  "
                    + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException unreadable) {
            return "see " + log;
        }
    }

    /** Why the start will not become ready by itself, or null while it may. */
    private String whyStuck() {
        try {
            if (Files.readString(log).contains(LISTENER_LOST)) {
                return "Payara Micro came up without its HTTP listener (" + LISTENER_LOST + ")";
            }
            Duration silent = Duration.between(Files.getLastModifiedTime(log).toInstant(), Instant.now());
            if (silent.compareTo(SILENT) > 0) {
                return "Payara Micro logged nothing for " + silent.toSeconds() + " s and is not ready: hung";
            }
            return null;
        } catch (IOException unreadable) {
            return null;
        }
    }

    /** The JVM's thread dump (SIGQUIT), written to the instance's log, for the record of a failed start. */
    private void dumpThreads() throws InterruptedException {
        try {
            new ProcessBuilder("kill", "-QUIT", Long.toString(process.pid())).inheritIO().start().waitFor();
            Thread.sleep(1_000);
        } catch (IOException noKill) {
            // the dump is for the record only
        }
    }

    /** The status of {@code /health/ready}: 200 UP, 503 DOWN, -1 no answer. */
    int readiness() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                    .timeout(Duration.ofSeconds(10)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException unanswered) {
            return -1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public Api api() {
        try {
            return new Api(URI.create("http://127.0.0.1:" + port + "/").toURL());
        } catch (MalformedURLException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** What the instance has logged so far. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    /** SIGKILL: no shutdown hook, no transaction completion, as when a machine loses power. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
