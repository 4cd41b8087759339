-- The documents a holder attaches to a candidacy (PDF only), kept with their checksum and who uploaded them.
create table candidacy_documents
(
    id           uuid primary key,
    candidacy_id uuid                     not null references candidacies (id),
    label        text                     not null,
    filename     text                     not null,
    content_type text                     not null,
    size_bytes   bigint                   not null,
    sha256       text                     not null,
    content      bytea                    not null,
    uploaded_at  timestamp with time zone not null,
    uploaded_by  text                     not null
);
create index candidacy_documents_by_candidacy on candidacy_documents (candidacy_id, uploaded_at);
