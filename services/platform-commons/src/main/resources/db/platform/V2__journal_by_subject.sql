-- The journal of a business key (what this service received and sent about a candidacy or a call) is read by
-- subject: the inbox has it as a column, the outbox inside the stored CloudEvent.
create index processed_message_by_subject on processed_message (subject, processed_at);
create index event_publication_by_subject on event_publication (((serialized_event::jsonb) ->> 'subject'));
create index event_publication_archive_by_subject
    on event_publication_archive (((serialized_event::jsonb) ->> 'subject'));
