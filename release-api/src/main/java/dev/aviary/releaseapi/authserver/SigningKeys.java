package dev.aviary.releaseapi.authserver;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The RSA keys tokens are signed with, kept in the database so tokens stay valid across restarts
 * and replicas. The first start creates one; the newest signs.
 */
@Component
class SigningKeys {

    private record StoredKey(String id, String privateKey, String publicKey) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    SigningKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public JWKSet load() {
        List<StoredKey> stored = stored();
        if (stored.isEmpty()) {
            create();
            stored = stored();
        }
        return new JWKSet(stored.stream()
                .map(SigningKeys::toJwk)
                .map(k -> (com.nimbusds.jose.jwk.JWK) k)
                .toList());
    }

    private List<StoredKey> stored() {
        return jdbc.sql("select id, private_key, public_key from signing_keys order by created_at desc")
                .query(StoredKey.class)
                .list();
    }

    private void create() {
        KeyPair pair = generate();
        Base64.Encoder base64 = Base64.getEncoder();
        // Two replicas starting together: the table lock makes the second one see the first's key.
        jdbc.sql("lock table signing_keys in exclusive mode").update();
        if (!stored().isEmpty()) {
            return;
        }
        jdbc.sql("insert into signing_keys (id, private_key, public_key, created_at) values (:id, :priv, :pub, :at)")
                .param("id", UUID.randomUUID().toString())
                .param("priv", base64.encodeToString(pair.getPrivate().getEncoded()))
                .param("pub", base64.encodeToString(pair.getPublic().getEncoded()))
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every JRE", e);
        }
    }

    private static RSAKey toJwk(StoredKey key) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            Base64.Decoder base64 = Base64.getDecoder();
            RSAPublicKey publicKey =
                    (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(base64.decode(key.publicKey())));
            RSAPrivateKey privateKey =
                    (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(base64.decode(key.privateKey())));
            return new RSAKey.Builder(publicKey)
                    .privateKey(privateKey)
                    .keyID(key.id())
                    .build();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("Stored signing key " + key.id() + " cannot be read", e);
        }
    }
}
