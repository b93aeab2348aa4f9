package org.gongshi.site.admin.imports;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.gongshi.content.staging.StagedImport;
import org.gongshi.site.web.RequestTooLargeException;

/**
 * The folder where uploaded files wait for review: {@code <id>.<extension>} per staged import, {@code incoming/} for a
 * file still being received and {@code parts/} for Jetty's spilled form parts. A file is copied in as a stream, its
 * SHA-256 taken on the way, and removed once it is published or discarded.
 */
public final class StagingArea {
    private final Path root;
    private final Path incoming;
    private final Path parts;

    private StagingArea(Path root) {
        this.root = root;
        this.incoming = root.resolve("incoming");
        this.parts = root.resolve("parts");
    }

    public static StagingArea open(Path root) {
        StagingArea area = new StagingArea(requireNonNull(root, "root").toAbsolutePath().normalize());
        try {
            Files.createDirectories(area.incoming);
            Files.createDirectories(area.parts);
        } catch (IOException e) {
            throw new UncheckedIOException("无法创建暂存目录 " + area.root + "：" + e.getMessage(), e);
        }
        return area;
    }

    /** Where Jetty writes the parts of a multipart form that are too large to hold in memory. */
    public Path parts() {
        return parts;
    }

    /**
     * Copies {@code in} to a new file under incoming/ ending in {@code .extension} (the listing importer tells CSV
     * from JSON Lines by it), at most {@code maximum} bytes, else throws and keeps nothing.
     */
    Received receive(InputStream in, long maximum, String extension) throws IOException {
        Path file = Files.createTempFile(incoming, "upload-", "." + extension);
        MessageDigest digest = sha256();
        long size = 0;
        try (DigestInputStream digesting = new DigestInputStream(in, digest);
                OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = digesting.read(buffer); read >= 0; read = digesting.read(buffer)) {
                size += read;
                if (size > maximum) {
                    throw new RequestTooLargeException(maximum);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new Received(file, HexFormat.of().formatHex(digest.digest()), size);
    }

    /** Moves a received file to its place as staged import {@code id}. */
    void place(Received received, long id, String extension) throws IOException {
        Files.move(received.file(), root.resolve(id + "." + extension), StandardCopyOption.ATOMIC_MOVE);
    }

    Path fileOf(StagedImport staged) {
        return root.resolve(staged.id() + "." + StagedFiles.extension(staged.fileName()));
    }

    /** Whether the staged file is still there, unchanged since it was reviewed. */
    boolean intact(StagedImport staged) {
        Path file = fileOf(staged);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.digest()).equals(staged.fileHash());
        } catch (IOException unreadable) {
            return false;
        }
    }

    void remove(StagedImport staged) {
        discard(fileOf(staged));
    }

    void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("无法删除暂存文件 " + file + "：" + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }

    /** A file received into incoming/, with its SHA-256 in hex and its size. */
    record Received(Path file, String hash, long size) {}
}
