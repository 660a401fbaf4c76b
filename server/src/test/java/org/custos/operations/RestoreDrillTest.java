package org.custos.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.support.Api;
import org.custos.support.RegistryFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The restore drill of docs/operations.md: a server with records is stopped and backed up with
 * {@code ./custos backup}; the backup is restored with {@code ./custos restore} into a fresh data directory and
 * started there; the records are there, the ledger audit passes and {@code custos verify} of the restored log
 * agrees with the checkpoint saved before the backup. The restored server then carries on writing.
 */
class RestoreDrillTest {

    @TempDir
    Path tmp;

    @Test
    void aBackupRestoredIntoANewDataDirectoryHasEveryRecordAndTheSameLog() throws Exception {
        Path original = tmp.resolve("original");
        Path archive = tmp.resolve("custos-backup.tar.gz");
        List<String> persons = new ArrayList<>();
        String clerkName;
        String monitorName;
        String checkpointBefore;
        try (RunningServer server = RunningServer.embedded(original)) {
            String facility = RegistryFixtures.facility(server.bean(FacilityDirectory.class));
            clerkName = server.users().with(Role.RECORDS_CLERK);
            monitorName = server.users().with(Role.MONITOR);
            Api clerk = Api.as(server.port(), clerkName);
            for (int i = 0; i < 12; i++) {
                Api.Response r = clerk.post("/api/v1/admissions", Api.json(RegistryFixtures.admission(facility)));
                assertThat(r.status()).as(r.body()).isEqualTo(201);
                persons.add(r.json().get("personId").asString());
            }
            assertThat(AdmissionLoad.await(30, () -> Ledgers.caughtUp(server.jdbc()))).isTrue();
            checkpointBefore = Api.as(server.port(), monitorName).get("/ledger/checkpoint").body();
            assertThat(custos(original, "backup", archive.toString()).exit())
                    .as("a backup of a running server is refused").isEqualTo(1);
        }
        Files.writeString(tmp.resolve("before.checkpoint"), checkpointBefore, StandardCharsets.UTF_8);
        long sizeBefore = Long.parseLong(checkpointBefore.lines().skip(1).findFirst().orElseThrow());

        Shell backup = custos(original, "backup", archive.toString());
        assertThat(backup.exit()).as(backup.out()).isZero();
        System.out.print("restore drill: " + backup.out());
        Path restored = tmp.resolve("restored");
        Shell restore = custos(original, "restore", archive.toString(), restored.toString());
        assertThat(restore.exit()).as(restore.out()).isZero();

        try (RunningServer server = RunningServer.embedded(restored)) {
            Api clerk = Api.as(server.port(), clerkName);
            Api monitor = Api.as(server.port(), monitorName);
            for (String person : persons) {
                assertThat(clerk.get("/api/v1/persons/" + person + "?purpose=restore%20drill").status()).isEqualTo(200);
            }
            JsonNode audit = monitor.post("/api/v1/ledger/audit", "{}").json();
            assertThat(audit.get("ok").asBoolean()).as(audit.toString()).isTrue();
            assertThat(audit.get("treeSize").asLong()).isEqualTo(sizeBefore);
            String key = monitor.get("/api/v1/ledger/key").body().strip();
            JsonNode verified = LogVerify.since(server.port(), monitorName, key, tmp.resolve("before.checkpoint"));
            assertThat(verified.get("status").asString()).as(verified.toString()).isEqualTo("verified");
            assertThat(verified.get("size").asLong()).isEqualTo(sizeBefore);

            String facility = RegistryFixtures.facility(server.bean(FacilityDirectory.class));
            assertThat(clerk.post("/api/v1/admissions", Api.json(RegistryFixtures.admission(facility))).status())
                    .as("the restored server takes new records").isEqualTo(201);
            assertThat(AdmissionLoad.await(30, () -> Ledgers.caughtUp(server.jdbc()))).isTrue();
            JsonNode grown = LogVerify.since(server.port(), monitorName, key, tmp.resolve("before.checkpoint"));
            assertThat(grown.get("status").asString()).as(grown.toString()).isEqualTo("verified");
            assertThat(grown.get("size").asLong()).isGreaterThan(sizeBefore);
        }
    }

    record Shell(int exit, String out) { }

    static Shell custos(Path dataDir, String... args) throws IOException, InterruptedException {
        return custos(Map.of("CUSTOS_DATA_DIR", dataDir.toString()), args);
    }

    static Shell custos(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(repository().resolve("custos").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(repository().toFile()).redirectErrorStream(true);
        pb.environment().putAll(environment);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Shell(p.waitFor(), out);
    }

    private static Path repository() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(dir.resolve("custos")) || !Files.isDirectory(dir.resolve("server"))) {
            dir = dir.getParent();
        }
        return dir;
    }
}
