package org.prefcenter.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.prefcenter.it.PayaraMicroCommand;

/**
 * The built WAR on Payara Micro in a process of its own, as production runs it: on PostgreSQL with
 * the production properties when a database is given, else on the tests' in-memory H2.
 */
final class Server implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final int port;
    final Duration startup;
    private final Process process;

    private Server(int port, Duration startup, Process process) {
        this.port = port;
        this.startup = startup;
        this.process = process;
    }

    /** Starts the server and waits until {@code /health/ready} is UP; {@code startup} is how long that took. */
    static Server start(Path target, List<String> jvmOptions, BenchDatabase database) throws Exception {
        int port = freePort();
        Path log = target.resolve("bench/server.log");
        Files.createDirectories(log.getParent());
        List<String> command = PayaraMicroCommand.of(target, jvmOptions, port,
                database == null ? "test.properties" : "production.properties",
                database == null ? "postboot-test.asadmin" : "postboot-postgres.asadmin");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (database != null) {
            builder.environment().put("PREFCENTER_DB_URL", database.url);
            builder.environment().put("PREFCENTER_DB_USER", database.user);
            builder.environment().put("PREFCENTER_DB_PASSWORD", database.password);
            builder.environment().putAll(PayaraMicroCommand.developmentTrust());
        }
        long started = System.nanoTime();
        Process process = builder.start();
        long deadline = started + Duration.ofMinutes(3).toNanos();
        while (!ready(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("the server did not become ready; see " + log);
            }
            Thread.sleep(50);
        }
        return new Server(port, Duration.ofNanos(System.nanoTime() - started), process);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A line of {@code /proc/<pid>/status} in MiB: VmRSS (resident now) or VmHWM (the peak). */
    long memoryMiB(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        throw new IllegalStateException(field + " not in /proc/" + process.pid() + "/status");
    }

    private static boolean ready(int port) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
