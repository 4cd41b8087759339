-- A draft call can be changed until it opens: its last change, and by whom, are kept (null while it is as created).
alter table calls
    add column updated_at timestamp with time zone,
    add column updated_by text;
