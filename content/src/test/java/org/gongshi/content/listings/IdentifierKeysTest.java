package org.gongshi.content.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.gongshi.content.identifiers.CreditCode;
import org.gongshi.content.identifiers.ResidentId;
import org.gongshi.content.store.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentifierKeysTest {
    private static final ResidentId PERSON = ResidentId.parse("11010519491231002X");

    @TempDir
    Path directory;

    @Test
    void theFirstLoadCreatesAThirtyTwoByteKeyReadableByTheOwnerOnly() throws Exception {
        Path keyFile = directory.resolve("secrets/identifier.key");

        IdentifierKeys.load(keyFile);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        assertEquals(64, Files.readString(keyFile).strip().length());
    }

    @Test
    void aReloadedKeyGivesTheSameHashAndTheFileIsNotRewritten() throws Exception {
        Path keyFile = directory.resolve("identifier.key");
        String first = IdentifierKeys.load(keyFile).keyOf(PERSON);
        String stored = Files.readString(keyFile);

        String second = IdentifierKeys.load(keyFile).keyOf(PERSON);

        assertEquals(first, second);
        assertEquals(stored, Files.readString(keyFile));
        assertTrue(first.matches("[A-Za-z0-9_-]{22}"), first);
    }

    @Test
    void twoKeysGiveDifferentHashesOfTheSameNumber() {
        String one = IdentifierKeys.load(directory.resolve("one.key")).keyOf(PERSON);
        String other = IdentifierKeys.load(directory.resolve("other.key")).keyOf(PERSON);

        assertNotEquals(one, other);
    }

    @Test
    void differentNumbersGiveDifferentHashesAndTheHashHidesTheNumber() {
        IdentifierKeys keys = IdentifierKeys.load(directory.resolve("identifier.key"));
        String person = keys.keyOf(PERSON);

        assertNotEquals(person, keys.keyOf(CreditCode.parse("91350100M000100Y43").identifier()));
        assertTrue(!person.contains("11010519491231002"), person);
    }

    @Test
    void aKeyFileOthersCanReadIsRefusedWithTheFix() throws Exception {
        Path keyFile = directory.resolve("identifier.key");
        IdentifierKeys.load(keyFile);
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));

        StorageException refused = assertThrows(StorageException.class, () -> IdentifierKeys.load(keyFile));

        assertTrue(refused.getMessage().contains("chmod 600"), refused.getMessage());
    }

    @Test
    void aDamagedKeyFileIsRefusedRatherThanReplaced() throws Exception {
        Path keyFile = directory.resolve("identifier.key");
        Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(keyFile, "abc\n");

        assertThrows(StorageException.class, () -> IdentifierKeys.load(keyFile));
        assertEquals("abc\n", Files.readString(keyFile));
    }
}
