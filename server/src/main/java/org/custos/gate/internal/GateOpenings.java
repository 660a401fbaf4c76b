package org.custos.gate.internal;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.custos.facilities.FacilityDirectory;
import org.custos.gate.GateEntryRecorded;
import org.custos.gate.GateExitRecorded;
import org.custos.gate.GateRecordCorrected;
import org.custos.gate.SurveillanceCameBack;
import org.custos.gate.SurveillanceWentOffline;
import org.custos.gate.VisitApproved;
import org.custos.gate.VisitBooked;
import org.custos.gate.VisitConcluded;
import org.custos.identity.CurrentUser;
import org.custos.ledger.OpeningScope;
import org.springframework.stereotype.Component;

/** A ledger opening of a gate record obeys the gate's facility scope, exactly as the gate API (404 outside it). */
@Component
class GateOpenings implements OpeningScope {

    static final Set<String> TYPES = Stream.of(GateEntryRecorded.class, GateExitRecorded.class,
                    GateRecordCorrected.class, VisitBooked.class, VisitApproved.class, VisitConcluded.class,
                    SurveillanceWentOffline.class, SurveillanceCameBack.class)
            .map(Class::getSimpleName).collect(Collectors.toUnmodifiableSet());
    private final FacilityDirectory facilities;

    GateOpenings(FacilityDirectory facilities) {
        this.facilities = facilities;
    }

    @Override
    public Decision open(OpenedRecord record, CurrentUser caller, String purpose) {
        if (!TYPES.contains(record.eventType())) {
            return Decision.NOT_OWNED;
        }
        String f = record.facilityCode();
        boolean visible = f != null && facilities.find(f).isPresent() && caller.mayActIn(f);
        return visible ? Decision.ALLOWED : Decision.REFUSED;
    }
}
