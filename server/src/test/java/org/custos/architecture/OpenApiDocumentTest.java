package org.custos.architecture;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.custos.identity.Role;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document the server publishes is valid OpenAPI 3 and describes the API. */
@CustosTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;

    @Test
    void publishedDocumentIsValidOpenApi() {
        Api.Response response = Api.as(port, users.with(Role.MONITOR)).get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(response.body());
        assertThat(parsed.getMessages()).as("validation messages").isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.");
        assertThat(parsed.getOpenAPI().getPaths()).containsKeys("/api/v1/me", "/api/v1/tokens", "/api/v1/facilities");
        assertThat(parsed.getOpenAPI().getPaths().values())
                .allSatisfy(item -> assertThat(item.readOperations()).allSatisfy(
                        op -> assertThat(op.getResponses()).isNotEmpty()));
    }

    @Test
    void documentIsNotPublic() {
        assertThat(Api.anonymous(port).get("/v3/api-docs").status()).isEqualTo(401);
    }
}
