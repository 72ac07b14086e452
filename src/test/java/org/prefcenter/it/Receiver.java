package org.prefcenter.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver in the test JVM (the JDK's HTTP server on a loopback address, a random port):
 * records every request, checks each signature with the subscription's secret, and answers 200, or
 * 500 to the next {@link #failNext} requests, or after a sleep to the next {@link #sleepNext} ones.
 */
public final class Receiver implements AutoCloseable {

    /** One request received: whether it was acknowledged (200), and when, by System.nanoTime(). */
    public record Delivery(String eventId, String body, JsonObject json, String signature, boolean signatureValid,
            boolean acknowledged, long receivedNanos) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final List<Delivery> requests = new ArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger sleeps = new AtomicInteger();
    private volatile long sleepMillis;
    private volatile boolean sleepsThenFails;
    private volatile boolean failAll;
    private volatile String secret;

    private Receiver(String address) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 50);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public static Receiver on(String address) {
        try {
            return new Receiver(address);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + address, e);
        }
    }

    public String url() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + "/hook";
    }

    /** The subscription's secret, from its 201. */
    public Receiver secret(String value) {
        secret = value;
        return this;
    }

    public void failNext(int count) {
        failures.set(count);
    }

    public void failAll(boolean fail) {
        failAll = fail;
    }

    /** The next {@code count} requests are answered with a 500 after {@code sleep} (a sender gone by then). */
    public void sleepNext(int count, Duration sleep) {
        sleepMillis = sleep.toMillis();
        sleepsThenFails = true;
        sleeps.set(count);
    }

    /** The next {@code count} requests are answered with a 200, after {@code delay}. */
    public void slowNext(int count, Duration delay) {
        sleepMillis = delay.toMillis();
        sleepsThenFails = false;
        sleeps.set(count);
    }

    private void handle(HttpExchange exchange) throws IOException {
        long received = System.nanoTime();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        boolean fail = failAll || failures.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
        if (!fail && sleeps.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            try {
                Thread.sleep(sleepMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            fail = sleepsThenFails; // the sender gave up before this answer
        }
        String signature = exchange.getRequestHeaders().getFirst("PrefCenter-Signature");
        JsonObject json;
        try {
            json = Json.createReader(new StringReader(body)).readObject();
        } catch (RuntimeException notJson) {
            json = null;
        }
        synchronized (requests) {
            requests.add(new Delivery(exchange.getRequestHeaders().getFirst("PrefCenter-Event-Id"), body, json,
                    signature, isValid(signature, body), !fail, received));
            requests.notifyAll();
        }
        exchange.sendResponseHeaders(fail ? 500 : 200, -1);
        exchange.close();
    }

    /** t=<seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">, t within five minutes of now. */
    boolean isValid(String header, String body) {
        if (header == null || secret == null || !header.matches("t=[0-9]+,v1=[0-9a-f]{64}")) {
            return false;
        }
        String t = header.substring(2, header.indexOf(','));
        String v1 = header.substring(header.indexOf("v1=") + 3);
        if (Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(t)) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
            return java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    v1.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Delivery> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<Delivery> acknowledged() {
        return requests().stream().filter(Delivery::acknowledged).toList();
    }

    /** Waits until {@code done} holds for the requests so far; answers them (done or not, at the timeout). */
    public List<Delivery> await(Predicate<List<Delivery>> done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (requests) {
            while (!done.test(List.copyOf(requests))) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                requests.wait(Math.max(1, left / 1_000_000));
            }
            return List.copyOf(requests);
        }
    }

    /** Waits until {@code count} distinct events were acknowledged; answers the acknowledged requests. */
    public List<Delivery> awaitAcknowledged(int count, Duration timeout) throws InterruptedException {
        await(all -> all.stream().filter(Delivery::acknowledged).map(Delivery::eventId).distinct().count() >= count,
                timeout);
        return acknowledged();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** The acknowledged events' ids, in the order received (with repeats). */
    public static List<String> eventIds(List<Delivery> deliveries) {
        List<String> ids = new ArrayList<>();
        deliveries.forEach(delivery -> ids.add(delivery.eventId()));
        return ids;
    }
}
