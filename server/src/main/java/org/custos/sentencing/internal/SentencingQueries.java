package org.custos.sentencing.internal;

import java.util.Optional;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.registry.PersonFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading a person's sentencing records and dates, scoped (and logged) by the registry. */
@Service
public class SentencingQueries {

    /** The person's file, records and latest computation. */
    public record Sheet(PersonFile file, PersonRecords records, Optional<ReleaseDatesView> dates) {
    }

    private final Persons persons;
    private final RecordReader reader;
    private final ReleaseDateStore store;

    SentencingQueries(Persons persons, RecordReader reader, ReleaseDateStore store) {
        this.persons = persons;
        this.reader = reader;
        this.store = store;
    }

    @Transactional
    public Sheet sheet(UUID personId, CurrentUser caller, String purpose) {
        PersonFile file = persons.file(personId, caller, purpose);
        return new Sheet(file, reader.one(personId), store.view(personId));
    }
}
