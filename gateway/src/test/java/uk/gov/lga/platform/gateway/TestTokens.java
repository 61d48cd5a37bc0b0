package uk.gov.lga.platform.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/**
 * Tokens as Keycloak signs them, signed with the test key whose public half the gateway trusts in tests
 * ({@code %test.quarkus.oidc.public-key}), so the gateway's real checks (signature, expiry, issuer,
 * audience, type) run on them.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test/realms/lg";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final PrivateKey KEY = load();

    private TestTokens() {
    }

    /** An access token of the platform: audience lg-platform, typ Bearer, valid for five minutes. */
    public static String accessToken(String subject) {
        return sign(claims(subject));
    }

    public static JsonObject claims(String subject) {
        long now = Instant.now().getEpochSecond();
        return new JsonObject()
                .put("iss", ISSUER).put("sub", subject).put("typ", "Bearer").put("azp", "lg-console")
                .put("aud", new JsonArray().add("lg-platform").add("account"))
                .put("iat", now).put("exp", now + 300).put("preferred_username", subject);
    }

    public static String sign(JsonObject claims) {
        String header = B64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"test\"}".getBytes(StandardCharsets.UTF_8));
        String payload = B64.encodeToString(claims.encode().getBytes(StandardCharsets.UTF_8));
        String signingInput = header + "." + payload;
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(KEY);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same claims with a signature that does not verify (as a forger without the key would send). */
    public static String forged(JsonObject claims) {
        String token = sign(claims);
        String unsigned = token.substring(0, token.lastIndexOf('.') + 1);
        return unsigned + B64.encodeToString(new byte[256]);
    }

    private static PrivateKey load() {
        try (InputStream in = TestTokens.class.getResourceAsStream("/test-signing-key.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException | NullPointerException e) {
            throw new IllegalStateException("cannot read the test signing key", e);
        }
    }
}
