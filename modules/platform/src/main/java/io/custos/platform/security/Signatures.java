package io.custos.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.Optional;

/**
 * Detached evidence signed with the service key (RS256 JWS), such as audit checkpoints: anyone
 * holding the public key can check that the service said it, and that nobody changed it since.
 */
@ApplicationScoped
public class Signatures {

    static final JOSEObjectType EVIDENCE = new JOSEObjectType("custos-evidence+jws");

    @Inject
    SigningKeys keys;

    public String sign(String payload) {
        JWSObject jws = new JWSObject(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(EVIDENCE)
                        .keyID(keys.keyId())
                        .build(),
                new Payload(payload));
        try {
            jws.sign(new RSASSASigner(keys.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign evidence", e);
        }
        return jws.serialize();
    }

    /** The signed payload, if the signature is the service's and of the evidence type. */
    public Optional<String> verified(String signature) {
        try {
            JWSObject jws = JWSObject.parse(signature);
            boolean valid = EVIDENCE.equals(jws.getHeader().getType())
                    && JWSAlgorithm.RS256.equals(jws.getHeader().getAlgorithm())
                    && jws.verify(new RSASSAVerifier(keys.publicKey()));
            return valid ? Optional.of(jws.getPayload().toString()) : Optional.empty();
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }
}
