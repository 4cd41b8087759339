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
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keys that sign the platform's tokens, kept in the identity schema: the first start makes one, so no key ever
 * lives in the repository, and every instance of the service signs with the same one.
 */
class SigningKeys {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SigningKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The signing key, made if there is none yet. (One key: rotating keys, the newest signing and all verifying, will
     * need a key selector on the token encoder.)
     */
    @Transactional
    JWKSet load() {
        // One instance makes the first key even when several start together.
        jdbc.execute("lock table signing_keys in exclusive mode");
        List<RSAKey> keys = read();
        if (keys.isEmpty()) {
            create();
            keys = read();
        }
        return new JWKSet(List.copyOf(keys));
    }

    private List<RSAKey> read() {
        return jdbc.query("select key_id, private_key, public_key from signing_keys order by created_at desc",
                (row, number) -> toJwk(row.getString("key_id"), row.getBytes("private_key"),
                        row.getBytes("public_key")));
    }

    private void create() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            jdbc.update("insert into signing_keys (key_id, private_key, public_key, created_at) values (?, ?, ?, ?)",
                    UUID.randomUUID().toString(), pair.getPrivate().getEncoded(), pair.getPublic().getEncoded(),
                    Timestamp.from(clock.instant()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM cannot make RSA keys", e);
        }
    }

    private static RSAKey toJwk(String keyId, byte[] privateKey, byte[] publicKey) {
        try {
            var rsa = KeyFactory.getInstance("RSA");
            return new RSAKey.Builder((RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(publicKey)))
                    .privateKey((RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(privateKey)))
                    .keyID(keyId)
                    .build();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("Signing key " + keyId + " cannot be read", e);
        }
    }
}
