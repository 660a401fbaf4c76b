package org.custos.facilities.web;

import java.util.List;
import org.custos.facilities.Facility;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FacilityApi {

    private final FacilityDirectory facilities;

    FacilityApi(FacilityDirectory facilities) {
        this.facilities = facilities;
    }

    @GetMapping("/api/v1/facilities")
    @PreAuthorize(Access.READ_FACILITIES)
    List<Facility> list() {
        return facilities.list();
    }

    @PostMapping("/api/v1/facilities")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.MANAGE_USERS)
    Facility register(@RequestBody Facility facility) {
        return facilities.register(facility, Callers.current().username());
    }
}
