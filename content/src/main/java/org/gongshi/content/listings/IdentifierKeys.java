package org.gongshi.content.listings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gongshi.content.identifiers.PartyIdentifier;
import org.gongshi.content.store.StorageException;

/**
 * The keyed hash that lets exact lookup find a party without the full number being stored: HMAC-SHA256 of the
 * identifier's canonical form under a 32-byte secret kept in a file outside the database (see docs/listings.md).
 */
public final class IdentifierKeys {
    private static final int KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final HexFormat HEX = HexFormat.of();
    private static final Base64.Encoder KEY = Base64.getUrlEncoder().withoutPadding();
    private static final int LOOKUP_KEY_BYTES = 16;

    private final Mac prototype;

    private IdentifierKeys(byte[] key) {
        try {
            prototype = Mac.getInstance(ALGORITHM);
            prototype.init(new SecretKeySpec(key, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no " + ALGORITHM, e);
        }
    }

    /** Reads the key from {@code keyFile}, first creating it with a fresh random key readable by the owner only. */
    public static IdentifierKeys load(Path keyFile) {
        Objects.requireNonNull(keyFile, "keyFile");
        try {
            if (Files.notExists(keyFile)) {
                create(keyFile);
            }
            return new IdentifierKeys(read(keyFile));
        } catch (IOException e) {
            throw new StorageException("cannot read or create the identifier key " + keyFile + ": " + e.getMessage(), e);
        }
    }

    /** The lowercase hex HMAC of {@code identifier}'s canonical form: equal numbers give equal keys. */
    public String keyOf(PartyIdentifier identifier) {
        Objects.requireNonNull(identifier, "identifier");
        try {
            Mac mac = (Mac) prototype.clone();
            byte[] digest = mac.doFinal(identifier.canonical().getBytes(StandardCharsets.US_ASCII));
            // 128 bits keep equality lookups collision-free at any realistic scale and halve every index on the key.
            return KEY.encodeToString(Arrays.copyOf(digest, LOOKUP_KEY_BYTES));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(ALGORITHM + " of this Java runtime cannot be cloned", e);
        }
    }

    private static void create(Path keyFile) throws IOException {
        Path parent = keyFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        try {
            if (isPosix(keyFile)) {
                Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(keyFile);
            }
        } catch (FileAlreadyExistsException createdMeanwhile) {
            return;
        }
        Files.writeString(keyFile, HEX.formatHex(key) + "\n", StandardCharsets.US_ASCII);
    }

    private static byte[] read(Path keyFile) throws IOException {
        if (isPosix(keyFile) && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(keyFile))) {
            throw new StorageException("the identifier key " + keyFile + " is readable by others: run chmod 600 on it");
        }
        String text = Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
        if (text.length() != KEY_BYTES * 2 || !text.chars().allMatch(character -> Character.digit(character, 16) >= 0)) {
            throw new StorageException("the identifier key " + keyFile + " is not " + KEY_BYTES
                    + " bytes of hex: restore it from the backup taken with the database");
        }
        return HEX.parseHex(text);
    }

    private static boolean isPosix(Path keyFile) {
        return keyFile.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
