package org.custos.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs a short command to completion; its output is returned, or put in the exception when it fails. */
final class Exec {

    private Exec() {
    }

    static String output(List<String> command) throws IOException {
        return run(command, null);
    }

    static String run(List<String> command, String stdin) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (stdin != null) {
            try (var in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        } else {
            p.getOutputStream().close();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            int code = p.waitFor();
            if (code != 0) {
                throw new IOException(command.get(program(command)) + " exited with " + code + ": " + out.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
            throw new IOException("interrupted", e);
        }
        return out;
    }

    private static int program(List<String> command) {
        int dashes = command.indexOf("--");
        return dashes >= 0 && dashes + 1 < command.size() ? dashes + 1 : 0;
    }
}
