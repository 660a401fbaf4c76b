package org.custos.shared.web;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.housing.HousingFixtures;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.OrderDocuments;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.custos.support.WebSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page outside the caller's scope, or of a facility that does not exist, is the application's own
 * 404 page in the caller's language, never a 500 or an empty 200; a form field path naming no field is a 400 page.
 */
@CustosTest
@Tag("database")
class PageScopeProblemTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    Admissions admissions;
    @Autowired
    OrderDocuments documents;

    private static void notFound(WebSession.Page page, String path) {
        assertThat(page.status()).as(path).isEqualTo(404);
        assertThat(page.contentType()).as(path).startsWith("text/html");
        assertThat(page.body()).as(path).contains("Código 404").contains("href=\"/\"").doesNotContain("Whitelabel");
    }

    @Test
    void housingAndMovementPagesOfAnotherFacilityDoNotExistForItsStaff() {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String theirs = fx.facility();
        String ours = fx.facility();
        Api admin = Api.as(port, users.with(Role.ADMINISTRATOR));
        UUID unit = HousingFixtures.unit(admin, theirs);
        UUID cell = HousingFixtures.cell(admin, unit, "C1", 12.0, 2);
        WebSession warden = WebSession.signIn(port, users.with(Role.WARDEN, Set.of(ours), null));
        assertThat(warden.get("/capacity/facilities/" + ours).status()).isEqualTo(200);
        for (String path : new String[] {"/capacity/facilities/" + theirs, "/capacity/units/" + unit, "/cells/" + cell,
                "/movements/facilities/" + theirs, "/movements/facilities/" + theirs + "/transfers/new",
                "/movements/facilities/" + theirs + "/escorts/new"}) {
            notFound(warden.get(path), path);
        }
    }

    @Test
    void anUnknownFacilityCodeIsNotFound() {
        WebSession warden = WebSession.signIn(port, users.with(Role.WARDEN));
        for (String path : new String[] {"/capacity/facilities/NO-SUCH-" + UUID.randomUUID().toString().substring(0, 6),
                "/movements/facilities/NO-SUCH-X"}) {
            notFound(warden.get(path), path);
        }
    }

    @Test
    void theSentencePageOfAPersonOutsideScopeIsNotFound() {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String theirs = fx.facility();
        UUID person = fx.admit(theirs, LegalStatusKind.CONVICTED);
        String path = "/persons/" + person + "/sentence";
        notFound(WebSession.signIn(port, users.with(Role.LIAISON, Set.of(), "US")).get(path), path);
        notFound(WebSession.signIn(port, users.with(Role.WARDEN, Set.of(fx.facility()), null)).get(path), path);
        assertThat(WebSession.signIn(port, users.with(Role.WARDEN)).get(path).status()).isEqualTo(200);
    }

    @Test
    void aFormFieldPathThatNamesNoFieldIsARefusal() {
        WebSession clerk = WebSession.signIn(port, users.with(Role.RECORDS_CLERK));
        WebSession.Page form = clerk.get("/admissions/new");
        assertThat(form.status()).isEqualTo(200);
        WebSession.Page refused = clerk.post("/admissions", form, Map.of("property[-1].description", "reloj"));
        // the form comes back with the error beside the list the parameter pretended to index (FormLists)
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.body()).contains("error-summary").contains("máximo").doesNotContain("Whitelabel");
    }
}
