-- Name search walks persons in name order and filters on the normalized name; with the name and
-- the columns of every scope and filter in the index, that walk reads the index only, not the table.
create index person_sort_covering on person (sort_name, id)
    include (search_name, facility_code, legal_status, held, nationality, held_for_state);
drop index person_sort;
