package org.custos.movements;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.custos.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/** Transfer request bodies for tests. */
final class Transfers {

    private Transfers() {
    }

    static Api.Response request(Api warden, UUID person, String to) {
        String notified = OffsetDateTime.now(ZoneOffset.UTC).minusHours(4).toString();
        return warden.post("/api/v1/transfers", "{\"personId\":\"" + person + "\",\"toFacility\":\"" + to
                + "\",\"reason\":\"Descongestión\",\"authorizedBy\":\"Director General\",\"familyNotification\":"
                + "{\"notifiedPerson\":\"Marta López (madre)\",\"means\":\"teléfono\",\"notifiedAt\":\"" + notified + "\"}}");
    }

    /** Authorizes a transfer of {@code person} to {@code to}; returns its id. */
    static String authorize(Api warden, UUID person, String to) {
        Api.Response r = request(warden, person, to);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }
}
