package org.gongshi.content.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Optional;
import org.gongshi.content.store.StorageException;

/**
 * Streams one upload into a temporary file next to its final place, counting, hashing and sniffing as the bytes pass.
 * Memory use is one buffer whatever the size; a file is refused as soon as its first bytes show a type the policy does
 * not allow, or its size one byte past the limit, and what was written of it is deleted.
 */
final class IncomingFile {
    private static final int BUFFER_BYTES = 64 * 1024;

    /** A received file, synced to disk under a temporary name. */
    record Received(Path temporary, String sha256, MediaType type, long sizeBytes) {}

    private IncomingFile() {}

    static Received receive(InputStream content, Path directory, UploadPolicy policy) throws IOException {
        DurableFiles.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "upload-", ".part");
        boolean received = false;
        try (FileChannel file = FileChannel.open(temporary, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            Received result = copy(content, file, temporary, policy);
            file.force(true);
            received = true;
            return result;
        } finally {
            if (!received) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static Received copy(InputStream content, FileChannel file, Path temporary, UploadPolicy policy)
            throws IOException {
        MessageDigest digest = ContentHashes.sha256();
        byte[] buffer = new byte[BUFFER_BYTES];
        byte[] head = new byte[MediaTypeSniffer.HEAD_BYTES];
        int headLength = 0;
        MediaType type = null;
        long size = 0;
        while (true) {
            // Never ask for more than one byte past the limit: that byte alone proves the file too large.
            int read = read(content, buffer, (int) Math.min(buffer.length, policy.maxBytes() + 1 - size));
            if (read < 0) {
                break;
            }
            size += read;
            if (size > policy.maxBytes()) {
                throw new UploadTooLargeException(policy.maxBytes());
            }
            if (type == null) {
                int copied = Math.min(read, head.length - headLength);
                System.arraycopy(buffer, 0, head, headLength, copied);
                headLength += copied;
                if (headLength == head.length) {
                    type = allowedType(head, headLength, policy);
                }
            }
            digest.update(buffer, 0, read);
            writeFully(file, buffer, read);
        }
        if (size == 0) {
            throw new EmptyUploadException();
        }
        if (type == null) {
            type = allowedType(head, headLength, policy);
        }
        if (!MediaTypeSniffer.endsWell(type, tail(file, size), (int) Math.min(size, MediaTypeSniffer.TAIL_BYTES))) {
            throw new DamagedUploadException(type);
        }
        return new Received(temporary, ContentHashes.hex(digest.digest()), type, size);
    }

    private static MediaType allowedType(byte[] head, int length, UploadPolicy policy) {
        Optional<MediaType> type = MediaTypeSniffer.sniff(head, length);
        if (type.isEmpty() || !policy.allows(type.get())) {
            throw new UploadTypeNotAllowedException(policy);
        }
        return type.get();
    }

    /** Reading fails when the sender goes away; that is no storage failure, so it is not wrapped as one. */
    private static int read(InputStream content, byte[] buffer, int length) {
        try {
            return content.read(buffer, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the upload failed: " + e.getMessage(), e);
        }
    }

    private static void writeFully(FileChannel file, byte[] buffer, int length) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, length);
        while (bytes.hasRemaining()) {
            file.write(bytes);
        }
    }

    private static byte[] tail(FileChannel file, long size) throws IOException {
        int length = (int) Math.min(size, MediaTypeSniffer.TAIL_BYTES);
        ByteBuffer tail = ByteBuffer.allocate(length);
        while (tail.hasRemaining()) {
            if (file.read(tail, size - length + tail.position()) < 0) {
                throw new StorageException("the temporary file is shorter than what was written to it");
            }
        }
        return tail.array();
    }
}
