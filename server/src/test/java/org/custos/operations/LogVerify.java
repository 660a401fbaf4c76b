package org.custos.operations;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.custos.cli.CustosCli;
import org.custos.support.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code custos verify --url ... --since <checkpoint> --json} (the CLI of cli/) against a running server. */
final class LogVerify {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LogVerify() {
    }

    static JsonNode since(int port, String monitor, String key, Path checkpoint) {
        StringWriter out = new StringWriter();
        int exit = CustosCli.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(out, true))
                .execute("verify", "--url", "http://localhost:" + port + "/ledger", "--user",
                        monitor + ":" + TestUsers.PASSWORD, "--log-key", key, "--since", checkpoint.toString(), "--json");
        JsonNode result = JSON.readTree(out.toString());
        assertThat(result.get("exitCode").asInt()).isEqualTo(exit);
        return result;
    }
}
