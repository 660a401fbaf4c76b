package org.custos.bench.ledger;

/**
 * First-start setup through the API: changes the administrator's one-time password, registers a facility,
 * creates a national records clerk {@code bench-clerk} and changes its initial password. Returns the facility code.
 */
final class BenchSetup {

    private BenchSetup() {
    }

    static String run(String base, String oneTimePassword, String password) throws Exception {
        Http.basic(base, "admin", oneTimePassword).ok("POST", "/api/v1/account/password",
                "{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}".formatted(oneTimePassword, password));
        Http admin = Http.bearer(base, "admin", password);
        String code = "BENCH" + (System.currentTimeMillis() % 100_000);
        admin.ok("POST", "/api/v1/facilities", """
                {"code":"%s","name":"Centro de prueba %s","type":"PENITENTIARY","department":"San Salvador"}"""
                .formatted(code, code));
        String initial = password + "-initial";
        admin.ok("POST", "/api/v1/users", """
                {"username":"bench-clerk","displayName":"Bench Clerk","roles":["RECORDS_CLERK"],"facilities":[],
                "initialPassword":"%s"}""".formatted(initial));
        Http.basic(base, "bench-clerk", initial).ok("POST", "/api/v1/account/password",
                "{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}".formatted(initial, password));
        return code;
    }
}
