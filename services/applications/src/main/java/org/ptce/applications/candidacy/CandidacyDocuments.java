package org.ptce.applications.candidacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ptce.applications.call.OpenCalls;
import org.ptce.platform.security.PlatformUser;
import org.ptce.platform.web.InvalidFieldException;
import org.ptce.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents attached to a candidacy: PDF files only (declared so, and starting as a PDF does), written by the
 * holder while the candidacy may be written, read by whoever may read the candidacy.
 */
@Service
class CandidacyDocuments {

    static final String PDF = "application/pdf";
    static final int MAX_DOCUMENTS = 20;
    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final Candidacies candidacies;
    private final OpenCalls calls;
    private final JdbcClient jdbc;
    private final Clock clock;

    CandidacyDocuments(Candidacies candidacies, OpenCalls calls, JdbcClient jdbc, Clock clock) {
        this.candidacies = candidacies;
        this.calls = calls;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    DocumentView attach(UUID candidacyId, String label, MultipartFile file, PlatformUser holder) {
        Candidacy candidacy = candidacies.ownWritable(candidacyId, holder);
        byte[] content = bytes(file);
        if (content.length == 0) {
            throw new InvalidFieldException("file", "is empty");
        }
        if (!PDF.equals(file.getContentType()) || !startsWith(content, PDF_SIGNATURE)) {
            throw new InvalidFieldException("file", "must be a PDF document (application/pdf)");
        }
        int attached = jdbc.sql("select count(*) from candidacy_documents where candidacy_id = ?")
                .param(candidacy.id()).query(Integer.class).single();
        if (attached >= MAX_DOCUMENTS) {
            throw new InvalidFieldException("file", "is one too many: a candidacy holds " + MAX_DOCUMENTS
                    + " documents at most");
        }
        var document = new DocumentView(UUID.randomUUID(), label.strip(), filename(file.getOriginalFilename()), PDF,
                content.length, sha256(content), clock.instant(), holder.id());
        jdbc.sql("""
                        insert into candidacy_documents (id, candidacy_id, label, filename, content_type, size_bytes,
                                                         sha256, content, uploaded_at, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(document.id(), candidacy.id(), document.label(), document.filename(), PDF,
                        document.sizeBytes(), document.sha256(), content, Timestamp.from(document.uploadedAt()),
                        document.uploadedBy())
                .update();
        return document;
    }

    @Transactional(readOnly = true)
    Documents list(UUID candidacyId, PlatformUser reader) {
        Candidacy candidacy = candidacies.readableBy(candidacyId, reader);
        List<DocumentView> documents = jdbc.sql("""
                        select id, label, filename, content_type, size_bytes, sha256, uploaded_at, uploaded_by
                        from candidacy_documents where candidacy_id = ? order by uploaded_at""")
                .param(candidacyId)
                .query((row, n) -> new DocumentView(row.getObject("id", UUID.class), row.getString("label"),
                        row.getString("filename"), row.getString("content_type"), row.getLong("size_bytes"),
                        row.getString("sha256"), row.getTimestamp("uploaded_at").toInstant(),
                        row.getString("uploaded_by")))
                .list();
        Set<String> given = documents.stream().map(DocumentView::label).collect(Collectors.toSet());
        List<String> missing = calls.requiredDocuments(candidacy.callId()).stream()
                .filter(required -> !given.contains(required)).toList();
        return new Documents(documents, missing);
    }

    @Transactional(readOnly = true)
    DocumentContent content(UUID candidacyId, UUID documentId, PlatformUser reader) {
        candidacies.readableBy(candidacyId, reader);
        return jdbc.sql("select filename, content from candidacy_documents where id = ? and candidacy_id = ?")
                .params(documentId, candidacyId)
                .query((row, n) -> new DocumentContent(row.getString("filename"), row.getBytes("content")))
                .optional().orElseThrow(() -> new NotFoundException("document", documentId));
    }

    @Transactional
    void detach(UUID candidacyId, UUID documentId, PlatformUser holder) {
        candidacies.ownWritable(candidacyId, holder);
        int deleted = jdbc.sql("delete from candidacy_documents where id = ? and candidacy_id = ?")
                .params(documentId, candidacyId).update();
        if (deleted == 0) {
            throw new NotFoundException("document", documentId);
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length
                && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
    }

    /** The file's own name: no path a browser sent, no leading dot, nothing that could break a header. */
    private static String filename(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
        // ".." or ".hidden" would name a parent directory or a hidden file wherever the document is saved.
        name = name.replaceFirst("^[. ]+", "");
        if (name.isEmpty()) {
            name = "document.pdf";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A document as listed: what it is, its checksum, who attached it and when. */
    record DocumentView(UUID id, String label, String filename, String contentType, long sizeBytes, String sha256,
            Instant uploadedAt, String uploadedBy) {
    }

    /** A candidacy's documents, and the documents its call asks for that are not attached yet. */
    record Documents(List<DocumentView> documents, List<String> missingRequiredDocuments) {
    }

    record DocumentContent(String filename, byte[] content) {
    }
}
