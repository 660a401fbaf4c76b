-- The cell page's history: the placements into a cell, newest first, without reading every placement.
create index placement_cell_history on placement (cell_id, started_at desc);
