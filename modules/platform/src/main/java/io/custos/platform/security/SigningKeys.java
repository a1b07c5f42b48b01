package io.custos.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The RSA key pair that signs access tokens, from {@code CUSTOS_JWT_PRIVATE_KEY} (PKCS#8 PEM). */
@ApplicationScoped
public class SigningKeys {

    private RSAPrivateCrtKey privateKey;
    private RSAPublicKey publicKey;
    private String keyId;

    SigningKeys() {}

    @Inject
    SigningKeys(@ConfigProperty(name = "custos.jwt.private-key") String pem) {
        try {
            String base64 =
                    pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            publicKey = (RSAPublicKey)
                    rsa.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
            keyId = Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 16);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException(
                    "custos.jwt.private-key (CUSTOS_JWT_PRIVATE_KEY) is not a PKCS#8 PEM RSA private key", e);
        }
        if (privateKey.getModulus().bitLength() < 2048) {
            throw new IllegalStateException("the JWT signing key must have at least 2048 bits");
        }
    }

    RSAPrivateCrtKey privateKey() {
        return privateKey;
    }

    RSAPublicKey publicKey() {
        return publicKey;
    }

    String keyId() {
        return keyId;
    }
}
