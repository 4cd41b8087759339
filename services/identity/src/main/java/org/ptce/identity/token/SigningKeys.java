package org.ptce.identity.token;

import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The keys that sign the platform's tokens, kept in the identity schema, so that no key ever lives in the repository
 * and every instance of the service signs with the same ones. The newest signs; a key replaced by a newer one is still
 * published for a while, so that the tokens it signed stay valid until they expire, then it is deleted.
 */
class SigningKeys implements JWKSource<SecurityContext> {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final SigningKeyProperties properties;

    SigningKeys(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, SigningKeyProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    /** Read at each use: a key made by another instance signs here too, at once. */
    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        return selector.select(new JWKSet(List.copyOf(read())));
    }

    /** The key that signs: the newest. */
    static JWK newest(List<JWK> keys) {
        return keys.stream().max(Comparator.comparing(JWK::getIssueTime)).orElseThrow();
    }

    /** Makes a key when there is none or the newest is due for replacement; deletes those retired long enough. */
    @Scheduled(fixedDelayString = "${ptce.identity.signing-keys.check-every:PT1H}",
            initialDelayString = "${ptce.identity.signing-keys.check-every:PT1H}")
    public void rotateIfDue() {
        transactions.executeWithoutResult(transaction -> rotateInTransaction());
    }

    private void rotateInTransaction() {
        // One instance makes the key when several check together.
        jdbc.execute("lock table signing_keys in exclusive mode");
        Instant now = clock.instant();
        Timestamp newest = jdbc.queryForObject("select max(created_at) from signing_keys", Timestamp.class);
        if (newest == null || !newest.toInstant().isAfter(now.minus(properties.rotateAfter()))) {
            create(now);
            log.info("New signing key made; the previous one is published for {} more",
                    properties.publishedAfterRetirement());
        }
        jdbc.update("""
                delete from signing_keys retired
                where exists (select 1 from signing_keys successor
                              where successor.created_at > retired.created_at and successor.created_at <= ?)""",
                Timestamp.from(now.minus(properties.publishedAfterRetirement())));
    }

    private List<RSAKey> read() {
        return jdbc.query("select key_id, private_key, public_key, created_at from signing_keys",
                (row, number) -> toJwk(row.getString("key_id"), row.getBytes("private_key"),
                        row.getBytes("public_key"), row.getTimestamp("created_at")));
    }

    private void create(Instant now) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            jdbc.update("insert into signing_keys (key_id, private_key, public_key, created_at) values (?, ?, ?, ?)",
                    UUID.randomUUID().toString(), pair.getPrivate().getEncoded(), pair.getPublic().getEncoded(),
                    Timestamp.from(now));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM cannot make RSA keys", e);
        }
    }

    private static RSAKey toJwk(String keyId, byte[] privateKey, byte[] publicKey, Date createdAt) {
        try {
            var rsa = KeyFactory.getInstance("RSA");
            return new RSAKey.Builder((RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(publicKey)))
                    .privateKey((RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(privateKey)))
                    .keyID(keyId)
                    .issueTime(createdAt)
                    .build();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("Signing key " + keyId + " cannot be read", e);
        }
    }

    /** How long a key signs, then how long it is still published once a newer one signs. */
    record SigningKeyProperties(Duration rotateAfter, Duration publishedAfterRetirement) {
    }
}
