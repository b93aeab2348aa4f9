package org.gongshi.site.web.guard;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under the server's key. The key is random per process: a restart only invalidates open challenges and
 * passes, which cost a reader one more short wait. {@code purpose} keeps a challenge signature from passing as a pass.
 */
public final class Signer {
    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public Signer(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    String sign(String purpose, String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((purpose + "\n" + message).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException missingFromTheJdk) {
            throw new IllegalStateException(missingFromTheJdk);
        }
    }

    boolean verify(String purpose, String message, String signature) {
        return MessageDigest.isEqual(sign(purpose, message).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException missingFromTheJdk) {
            throw new IllegalStateException(missingFromTheJdk);
        }
    }
}
