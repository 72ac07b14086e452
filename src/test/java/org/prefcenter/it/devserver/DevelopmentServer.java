package org.prefcenter.it.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.prefcenter.it.postgres.PayaraInstance;

/**
 * The run command's server ({@code mvn package payara-micro:start}): the WAR on Payara Micro with
 * dev.properties and postboot-dev's datasource, the embedded H2 in a file, only in a folder of its
 * own (target/h2file-it, new for every run) so that the developer's data is left alone. One instance,
 * started on first use and shared by the classes of this package, stopped when the tests' JVM ends;
 * it costs a server start (about 10 s) in the runs that include this package (see pom.xml: the
 * default Payara 6 run on H2 only).
 *
 * <p>One setting differs from the run command: no clock skew ({@code MP_JWT_VERIFY_CLOCK_SKEW=0}), so
 * that the server itself refuses a token the moment it is past its {@code exp}, and what the token
 * cache answers after that is visible ({@link VerifiedTokensExpiryIT}). It touches no database path.
 */
final class DevelopmentServer {

    private static final Path TARGET = Path.of(System.getProperty("prefcenter.war", "target/prefcenter.war"))
            .toAbsolutePath().getParent();
    private static PayaraInstance instance;

    private DevelopmentServer() {
    }

    static synchronized PayaraInstance get() throws Exception {
        if (instance == null) {
            Path data = TARGET.resolve("h2file-it");
            deleteTree(data);
            String postboot = Files.readString(TARGET.resolve("server-config/postboot-dev.asadmin"));
            String runCommandData = TARGET.resolve("data") + "/prefcenter";
            assertThat(postboot).as("postboot-dev.asadmin: the run command's H2 file").contains(runCommandData)
                    .contains("jdbc\\:h2\\:file\\:");
            Files.writeString(TARGET.resolve("server-config/postboot-dev-h2file-it.asadmin"),
                    postboot.replace(runCommandData, data + "/prefcenter"));
            PayaraInstance started = PayaraInstance.start("development-h2file", "dev.properties",
                    "postboot-dev-h2file-it.asadmin", Map.of("MP_JWT_VERIFY_CLOCK_SKEW", "0"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (InterruptedException ignored) {
                    // the JVM is ending
                }
            }));
            instance = started.awaitReady(Duration.ofMinutes(3));
        }
        return instance;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
